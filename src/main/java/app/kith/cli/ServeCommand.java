package app.kith.cli;

import app.kith.KithApplication;
import app.kith.db.DataFolder;
import app.kith.db.DbSettings;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the server: the REST API at /api/v1 (Bearer tokens: kith token new NAME), "
                + "its OpenAPI document at /api/openapi.json and /health.")
final class ServeCommand extends KithCommand {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String bind;

    @Override
    void run() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new Main.Refused("--port must be between 0 and 65535, not " + port);
        }
        DbSettings settings = session().settings();
        // The CLI keeps libraries quiet; a server logs as servers do.
        System.clearProperty("logback.configurationFile");
        ConfigurableApplicationContext context = start(settings);
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        String url = "http://" + host() + ":" + actualPort;
        out().println("Kith is serving " + settings.describe() + " at " + url);
        settings.sqliteFile().filter(DataFolder::readableByOthers).ifPresent(file -> out().println("Warning: other users "
                + "of this machine can read " + file + ", which holds password hashes; make it yours alone: chmod 600 "
                + file + "*"));
        if (context.getBean(app.kith.account.Accounts.class).needsSetup()) {
            out().println("First run: open " + url + "/ in a browser to create the owner account.");
        }
        out().flush();
        // Tomcat's threads keep the process alive, but Main exits once this returns: wait for Ctrl-C or SIGTERM.
        closed.await();
    }

    private ConfigurableApplicationContext start(DbSettings settings) {
        try {
            return KithApplication.start(settings, "--server.port=" + port, "--server.address=" + bind);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof PortInUseException) {
                    throw new Main.Refused("port " + port + " is already in use; pick another with --port");
                }
                if (t instanceof app.kith.db.StoreUnavailable) {
                    throw new Main.Refused(t.getMessage());
                }
            }
            throw new Main.Refused("the server did not start: " + e.getMessage());
        }
    }

    private String host() {
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }
}
