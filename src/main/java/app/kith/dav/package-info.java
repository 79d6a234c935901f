/**
 * Contacts on the phone: the account's people as one address book of vCards that a CardDAV app
 * syncs both ways. Kith's own fields that a card cannot hold stay in Kith whatever a phone sends.
 */
package app.kith.dav;
