package app.kith.io;

/**
 * A row or card a reader could not use: where it was, what it has to know it by (a name, an email,
 * its first value; null when it has nothing at all), and why, in words for the report.
 */
record Skipped(int line, String what, String reason) {
}
