package app.kith.cli;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "web", mixinStandardHelpOptions = true,
        description = {"Time the web app's pages against a running server, as a signed-in browser asks for them.",
                "Signs in through the sign-in form (CSRF token and session cookie), then requests the pages and "
                        + "GET /health, the reference, in turn after a warm-up, one at a time on one keep-alive "
                        + "connection. Reports the median and p95 of the server's own time (its Server-Timing "
                        + "header) and of the time until the whole page arrived."})
final class BenchWebCommand extends KithCommand {

    static final List<String> PAGES = List.of("/today", "/people", "/people?q=an&sort=due", "/who?q=machine+learning",
            "/insights");
    static final String REFERENCE = "/health";
    private static final Pattern DURATION = Pattern.compile("(?:^|,)\\s*app;dur=([0-9.]+)");
    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    @Option(names = "--base", required = true, paramLabel = "URL", description = "The server, e.g. http://127.0.0.1:8080.")
    String base;

    @Option(names = "--email", required = true, paramLabel = "E", description = "The account to sign in as.")
    String email;

    @Option(names = "--password", required = true, paramLabel = "P", description = "Its password.")
    String password;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "500", description = "Timed requests of each page (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "100", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--page", paramLabel = "PATH", description = "A page to time instead of the usual ones (repeatable; "
            + "default: /today, /people, /people?q=an&sort=due, /who?q=machine+learning, /insights).")
    List<String> pages;

    // Made when the benchmark runs: picocli builds every command at start-up (see HttpBench).
    private HttpClient client;
    private String root;

    /** One kind of request and what it measured, in nanoseconds. */
    private record Series(String path, long[] server, long[] client, long[] bytes) {
    }

    @Override
    void run() throws IOException, InterruptedException {
        if (requests < 1 || warmup < 0) {
            throw new Main.Refused("--requests must be at least 1 and --warmup at least 0");
        }
        root = base.replaceAll("/+$", "");
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        signIn();
        List<Series> all = new ArrayList<>();
        for (String path : pages == null || pages.isEmpty() ? PAGES : pages) {
            all.add(new Series(path, new long[requests], new long[requests], new long[requests]));
        }
        all.add(new Series(REFERENCE, new long[requests], new long[requests], new long[requests]));
        for (int i = 0; i < warmup; i++) {
            for (Series s : all) {
                measure(s, -1);
            }
        }
        for (int i = 0; i < requests; i++) {
            for (Series s : all) {
                measure(s, i);
            }
        }
        report(all);
    }

    private void signIn() throws IOException, InterruptedException {
        HttpResponse<String> form = client.send(get("/login"), HttpResponse.BodyHandlers.ofString());
        if (form.statusCode() == 302 && form.headers().firstValue("Location").orElse("").contains("/setup")) {
            throw new Main.Refused(root + " has no account yet: make one first (kith account create, or its /setup page)");
        }
        Matcher input = CSRF_INPUT.matcher(form.body());
        Matcher token = input.find() ? VALUE.matcher(input.group()) : null;
        if (form.statusCode() != 200 || token == null || !token.find()) {
            throw new Main.Refused("GET " + root + "/login answered " + form.statusCode() + " without a sign-in form; "
                    + "is this a Kith server?");
        }
        String body = Map.of("username", email, "password", password, "_csrf", token.group(1)).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<Void> signedIn = client.send(HttpRequest.newBuilder(URI.create(root + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("/login")) {
            throw new Main.Refused("signing in as " + email + " failed (" + signedIn.statusCode() + " "
                    + location.replace(root, "") + "): is the email and password right?");
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    /** One request, timed until its whole body has arrived; anything but 200 stops the run. */
    private void measure(Series series, int index) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.send(get(series.path()), HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new Main.Refused("GET " + root + series.path() + " answered " + response.statusCode()
                    + response.headers().firstValue("Location").map(l -> " (to " + l + ")").orElse("") + ": "
                    + gist(new String(response.body(), StandardCharsets.UTF_8)));
        }
        Matcher timing = DURATION.matcher(response.headers().firstValue("Server-Timing").orElse(""));
        if (!timing.find()) {
            throw new Main.Refused("GET " + root + series.path() + " has no Server-Timing header with app;dur=…: "
                    + "a Kith server older than this command?");
        }
        if (index >= 0) {
            series.server()[index] = Math.round(Double.parseDouble(timing.group(1)) * 1e6);
            series.client()[index] = nanos;
            series.bytes()[index] = response.body().length;
        }
    }

    private void report(List<Series> all) {
        out().printf(Locale.ROOT, "Web pages against %s as %s: %,d requests of each, in turn, after %,d warm-up rounds%n",
                root, email, requests, warmup);
        for (Series s : all) {
            Timings server = Timings.of(s.server());
            Timings client = Timings.of(s.client());
            out().printf(Locale.ROOT, "  GET %s: server median %s · p95 %s; client median %s · p95 %s; %,d bytes%n",
                    s.path(), Timings.ms(server.median()), Timings.ms(server.percentile(95)), Timings.ms(client.median()),
                    Timings.ms(client.percentile(95)), median(s.bytes()));
        }
    }

    /** A page's title, or the start of any other body. */
    private static String gist(String body) {
        Matcher title = TITLE.matcher(body);
        return title.find() ? title.group(1).strip() : body.substring(0, Math.min(300, body.length()));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }
}
