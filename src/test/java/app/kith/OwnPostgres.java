package app.kith;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PostgreSQL of a test's own, to stop and start again while Kith runs on it (an outage): on a
 * free port and in a data folder that outlive a stop, so the same server comes back at the same
 * address with the same data. {@link #close} stops it and removes the folder.
 */
public final class OwnPostgres implements AutoCloseable {

    private final Path data;
    private final int port;
    private EmbeddedPostgres running;

    private OwnPostgres(Path data, int port) {
        this.data = data;
        this.port = port;
    }

    public static OwnPostgres start() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        OwnPostgres postgres = new OwnPostgres(Files.createTempDirectory("kith-own-pg"), port);
        postgres.startAgain();
        return postgres;
    }

    public String jdbcUrl() {
        return running.getJdbcUrl("postgres", "postgres");
    }

    /** Stops the server, as an outage does; its data stays for {@link #startAgain}. */
    public void stop() throws IOException {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    public void startAgain() throws IOException {
        running = EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false)
                .setServerConfig("fsync", "off").start();
    }

    @Override
    public void close() throws IOException {
        stop();
        Folders.delete(data);
    }
}
