/**
 * Changes a phone made offline, sent when it is back, written exactly once.
 * {@link app.kith.offline.SentOnce} is the door.
 */
package app.kith.offline;
