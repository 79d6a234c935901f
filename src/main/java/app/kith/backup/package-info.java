/**
 * Backups of the SQLite store, made while Kith runs, and putting one back. {@link app.kith.backup.Backups}
 * is the door; PostgreSQL has pg_dump.
 */
package app.kith.backup;
