package app.kith;

import app.kith.db.DataFolder;
import app.kith.db.DbSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real server, started as {@code kith serve} starts it, on a free port over a SQLite store in
 * a new data folder: a fresh Kith that still needs its first-run setup. For tests that need a
 * server of their own (a browser walking through first-run setup, a benchmark client).
 */
public final class LiveServer implements AutoCloseable {

    private final Path folder;
    private final ConfigurableApplicationContext context;
    private final String base;

    private LiveServer(Path folder, ConfigurableApplicationContext context) {
        this.folder = folder;
        this.context = context;
        this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    public static LiveServer start() throws IOException {
        return start(new String[0]);
    }

    /** The same, with Spring arguments of its own ({@code --kith.trusted-proxies=127.0.0.1}). */
    public static LiveServer start(String... args) throws IOException {
        return start(Clock.systemDefaultZone(), args);
    }

    /** The same on a clock the test moves (codes that change every 30 seconds, sign-ins that expire). */
    public static LiveServer start(Clock clock, String... args) throws IOException {
        Path folder = Files.createTempDirectory("kith-browser-test");
        String[] line = new String[args.length + 2];
        line[0] = "--server.port=0";
        line[1] = "--server.address=127.0.0.1";
        System.arraycopy(args, 0, line, 2, args.length);
        return new LiveServer(folder, KithApplication.start(DbSettings.from(new DataFolder(folder), Map.of()), clock, line));
    }

    public String url(String path) {
        return base + path;
    }

    public int port() {
        return Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
    }

    /** The data folder, for what only the command line or the file system shows. */
    public Path folder() {
        return folder;
    }

    /** One of the server's facades, to set up data the way the CLI would. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() throws IOException {
        try {
            context.close();
        } finally {
            Folders.delete(folder);
        }
    }
}
