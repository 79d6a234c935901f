package app.kith.io;

/** Hears each contact a reader finds, and each row it has to leave out, in file order. */
interface ContactSink {

    void contact(Contact contact);

    void skipped(Skipped skipped);
}
