package app.kith.mail;

/**
 * What a run did: messages read (headers only), new ones among them (the rest were read before),
 * touchpoints logged and the people they went to.
 */
public record SyncResult(int read, int fresh, int touchpoints, int people) {

    static SyncResult of(Ingest.Tally t) {
        return new SyncResult(t.read(), t.fresh(), t.touchpoints(), t.people().size());
    }
}
