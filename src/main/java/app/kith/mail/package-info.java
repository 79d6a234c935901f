/**
 * Touchpoints from the mailbox: IMAP headers or an mbox file become touchpoints with the people
 * whose addresses they carry. {@link app.kith.mail.Mailboxes} is the door.
 */
package app.kith.mail;
