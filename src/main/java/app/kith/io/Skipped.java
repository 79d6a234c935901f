package app.kith.io;

/** A row or card a reader could not use: where it was, and why, in words for the report. */
record Skipped(int line, String reason) {
}
