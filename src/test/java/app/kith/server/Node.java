package app.kith.server;

import app.kith.Folders;
import app.kith.KithApplication;
import app.kith.db.DataFolder;
import app.kith.db.DbSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.context.ConfigurableApplicationContext;

/** One server node of several on the same PostgreSQL: its own context and data folder, one database. */
public final class Node {

    private final ConfigurableApplicationContext context;
    private final Path folder;
    private boolean stopped;

    private Node(ConfigurableApplicationContext context, Path folder) {
        this.context = context;
        this.folder = folder;
    }

    /** A node on a free local port, with the test's Spring arguments after Kith's own. */
    public static Node start(String jdbcUrl, Clock clock, String... args) throws IOException {
        Path folder = Files.createTempDirectory("kith-node");
        String[] line = new String[args.length + 3];
        line[0] = "--server.port=0";
        line[1] = "--server.address=127.0.0.1";
        line[2] = "--logging.level.root=warn";
        System.arraycopy(args, 0, line, 3, args.length);
        return new Node(KithApplication.start(new DbSettings(new DataFolder(folder), jdbcUrl, null, null), clock, line),
                folder);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public void stop() throws IOException {
        if (!stopped) {
            stopped = true;
            context.close();
            Folders.delete(folder);
        }
    }
}
