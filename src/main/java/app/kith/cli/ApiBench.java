package app.kith.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "api", mixinStandardHelpOptions = true,
        description = {"Time API requests against a running server, with GET /health as the reference in the same run.",
                "By default the \"who knows\" searches a user makes (a topic, two words, a phrase, a role, a "
                        + "place, a name, a misspelt name, a word nobody has); --query and --path time others. "
                        + "Sequential requests on one keep-alive connection, each round asking every one once and "
                        + "then /health; reports the median, p95 and p99 of each, of all the searches together, "
                        + "and their ratio to /health."})
final class ApiBench extends KithCommand {

    /** Searches worded as a user types them, over what the demo network holds. */
    static final List<String> QUERIES = List.of("fundraising", "machine learning", "\"data engineering\"",
            "engineer hiring", "designer Berlin", "pitch decks", "Priya", "Priya Varma", "accountant", "zanzibar");

    @Option(names = "--base", required = true, paramLabel = "URL", description = "The server, e.g. http://127.0.0.1:8080.")
    String base;

    @Option(names = "--token", required = true, paramLabel = "T", description = "An API token (kith token new NAME).")
    String token;

    @Option(names = "--query", paramLabel = "TEXT", description = "A who-knows search to time (repeatable; default: "
            + "a set of ten over the demo network).")
    List<String> queries;

    @Option(names = "--path", paramLabel = "PATH", description = "Another API path to time, e.g. /api/v1/insights (repeatable).")
    List<String> paths;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "200", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "30", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    int warmup;

    // Made when the benchmark runs: picocli builds every command at start-up (see HttpBench).
    private HttpClient client;

    private record Series(String label, HttpRequest request, long[] nanos, boolean search) {
    }

    @Override
    void run() throws IOException, InterruptedException {
        if (requests < 1 || warmup < 0) {
            throw new Main.Refused("--requests must be at least 1 and --warmup at least 0");
        }
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String root = base.replaceAll("/+$", "");
        List<Series> all = new ArrayList<>();
        List<String> searches = queries != null ? queries : paths != null ? List.of() : QUERIES;
        for (String q : searches) {
            all.add(new Series("who " + q, api(root + "/api/v1/who?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)),
                    new long[requests], true));
        }
        for (String path : paths == null ? List.<String>of() : paths) {
            all.add(new Series("GET " + path, api(root + (path.startsWith("/") ? path : "/" + path)), new long[requests], false));
        }
        Series health = new Series("GET /health", HttpRequest.newBuilder(URI.create(root + "/health"))
                .timeout(Duration.ofSeconds(30)).GET().build(), new long[requests], false);
        all.add(health);
        for (int i = -warmup; i < requests; i++) {
            for (Series s : all) {
                long nanos = send(s.request());
                if (i >= 0) {
                    s.nanos()[i] = nanos;
                }
            }
        }
        report(root, all, health);
    }

    private HttpRequest api(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET().build();
    }

    private void report(String root, List<Series> all, Series health) {
        Timings h = Timings.of(health.nanos());
        out().printf(Locale.ROOT, "API against %s: %,d rounds after %,d warm-up rounds, each request once a round, in turn%n",
                root, requests, warmup);
        List<Long> pooled = new ArrayList<>();
        for (Series s : all) {
            Timings t = Timings.of(s.nanos());
            out().printf(Locale.ROOT, "  %-34s median %s · p95 %s · p99 %s%s%n", s.label(), Timings.ms(t.median()),
                    Timings.ms(t.percentile(95)), Timings.ms(t.percentile(99)),
                    s == health ? "" : String.format(Locale.ROOT, " · ×%.1f /health", t.median() / h.median()));
            if (s.search()) {
                for (long n : s.nanos()) {
                    pooled.add(n);
                }
            }
        }
        if (!pooled.isEmpty()) {
            Timings t = Timings.of(pooled.stream().mapToLong(Long::longValue).toArray());
            out().printf(Locale.ROOT, "  all %,d searches: median %s · p95 %s · p99 %s · median ×%.1f /health%n",
                    pooled.size(), Timings.ms(t.median()), Timings.ms(t.percentile(95)), Timings.ms(t.percentile(99)),
                    t.median() / h.median());
        }
    }

    private long send(HttpRequest request) throws IOException, InterruptedException {
        return BenchCommand.HttpBench.timed(client, request);
    }
}
