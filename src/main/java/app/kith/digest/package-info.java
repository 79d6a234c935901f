/**
 * The morning email: Today's plan sent once a day at the hour each user chooses, with signed
 * links that check items off. {@link app.kith.digest.Digests} is the door.
 */
package app.kith.digest;
