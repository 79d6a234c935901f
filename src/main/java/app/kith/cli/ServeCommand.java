package app.kith.cli;

import app.kith.KithApplication;
import app.kith.db.DataFolder;
import app.kith.db.DbSettings;
import app.kith.server.TrustedProxies;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    @Option(names = "--behind-proxy", paramLabel = "ADDRESSES", defaultValue = "${env:KITH_TRUSTED_PROXIES}",
            description = {"The reverse proxies in front of Kith, by IP address (comma-separated; default: $KITH_TRUSTED_PROXIES, else none).",
                    "Their X-Forwarded-For gives the client's address, their X-Forwarded-Proto https makes cookies Secure; "
                            + "from anyone else those headers are ignored."})
    String behindProxy;

    @Option(names = "--signup", paramLabel = "MODE", defaultValue = "${env:KITH_SIGNUP}",
            description = {"Who may make an account (default: $KITH_SIGNUP, else kith.signup, else invitation): "
                    + "invitation (a link from an admin: kith admin invite, or /admin), open (anyone, from the sign-in page), "
                    + "closed (only kith account create)."})
    String signup;

    @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "${env:KITH_LOG_FORMAT}",
            description = "How the server logs: text (default), or json (one ECS JSON object a line, for a log "
                    + "collector; logstash for Logstash's fields). Default: $KITH_LOG_FORMAT, else text.")
    String logFormat;

    @Override
    void run() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new Main.Refused("--port must be between 0 and 65535, not " + port);
        }
        if (signup != null && !signup.strip().toLowerCase(Locale.ROOT).matches("invitation|open|closed")) {
            throw new Main.Refused("--signup must be invitation, open or closed, not " + signup);
        }
        String structured = structuredLogs();
        TrustedProxies proxies = proxies();
        DbSettings settings = session().settings();
        // The CLI keeps libraries quiet; a server logs as servers do.
        System.clearProperty("logback.configurationFile");
        ConfigurableApplicationContext context = start(settings, proxies, structured);
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        String url = "http://" + host() + ":" + actualPort;
        out().println("Kith is serving " + settings.describe() + " at " + url);
        if (!proxies.none()) {
            out().println("Behind the proxy " + String.join(", ", proxies.addresses())
                    + ": its X-Forwarded-For and X-Forwarded-Proto are believed, nobody else's.");
        }
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

    private TrustedProxies proxies() {
        try {
            return TrustedProxies.parse(behindProxy);
        } catch (IllegalArgumentException e) {
            throw new Main.Refused("--behind-proxy: " + e.getMessage());
        }
    }

    /** Boot's structured console format for {@code --log-format}, or "" for plain text. */
    private String structuredLogs() {
        String format = logFormat == null ? "" : logFormat.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (format) {
            case "", "text" -> "";
            case "json", "ecs" -> "ecs";
            case "logstash" -> "logstash";
            default -> throw new Main.Refused("--log-format must be text, json or logstash, not " + logFormat);
        };
    }

    private ConfigurableApplicationContext start(DbSettings settings, TrustedProxies proxies, String structured) {
        try {
            List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--server.address=" + bind,
                    "--kith.trusted-proxies=" + String.join(",", proxies.addresses()),
                    "--logging.structured.format.console=" + structured));
            if (signup != null && !signup.isBlank()) {
                args.add("--kith.signup=" + signup.strip().toLowerCase(Locale.ROOT));
            }
            return KithApplication.start(settings, args.toArray(String[]::new));
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
