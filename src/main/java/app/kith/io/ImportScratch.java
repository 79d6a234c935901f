package app.kith.io;

/**
 * A new, empty store of its own with an {@link Imports} on it and its owner's account, for a
 * restore to be tried on; closing it removes the store.
 */
public record ImportScratch(Imports imports, long accountId, Runnable removal) implements AutoCloseable {

    @Override
    public void close() {
        removal.run();
    }
}
