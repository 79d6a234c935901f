package app.kith.intro;

/** One stored step of an introduction; {@code day} in days since the epoch, {@code personId} the side it is about. */
record Event(long id, long introductionId, int day, Kind kind, Long personId, String note) {
}
