/**
 * "Who knows": full-text search over people, their notes and everything logged with them, on
 * SQLite's FTS5 or PostgreSQL's tsvector. {@link app.kith.search.Who} is the door.
 */
package app.kith.search;
