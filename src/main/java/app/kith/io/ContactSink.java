package app.kith.io;

/** Hears each contact a reader finds, each group card, and each row it has to leave out, in file order. */
interface ContactSink {

    void contact(Contact contact);

    void skipped(Skipped skipped);

    /** A group card: a circle whose members are cards of the file, named by UID or email. */
    void group(GroupCard group);
}
