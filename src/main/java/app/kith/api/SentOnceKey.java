package app.kith.api;

/** The header that makes a POST safe to send again: a client's retry, a phone's offline queue. */
final class SentOnceKey {

    static final String HEADER = "Idempotency-Key";

    static final String DESCRIPTION = "An id the client makes for this change (a UUID; 8 to 64 letters, digits or "
            + "dashes). A request sent again with the same key, by the same account, writes nothing more; kept 30 days.";

    private SentOnceKey() {
    }
}
