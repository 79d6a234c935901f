package app.kith.cli;

import app.kith.account.Account;
import app.kith.planner.Today;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure Kith on this machine (bench/run runs every measurement and writes bench/results.md)."},
        subcommands = {BenchCommand.TodayBench.class, BenchCommand.HttpBench.class, PeopleBench.class,
                BenchWebCommand.class, ContactsFileBench.class, WritesBench.class, ApiBench.class, LoadBench.class})
final class BenchCommand extends KithCommand {

    @Override
    void run() {
        spec.commandLine().usage(out());
    }

    @Command(name = "today", mixinStandardHelpOptions = true,
            description = {"Time the Today computation in-process on this data folder's store.",
                    "After a warm-up it plans DATE, then DATE + 90 days (when many more people are due), and reports "
                            + "the median, p95, p99 and min of each."})
    static final class TodayBench extends KithCommand {

        static final int STRESS_DAYS = 90;

        @Option(names = "--date", paramLabel = "DATE", description = "The day to plan (default: today).")
        String date;

        @Option(names = "--iterations", paramLabel = "N", defaultValue = "300", description = "Timed runs per day (default: ${DEFAULT-VALUE}).")
        int iterations;

        @Option(names = "--warmup", paramLabel = "N", defaultValue = "100", description = "Untimed runs first (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Override
        void run() {
            if (iterations < 1 || warmup < 0) {
                throw new Main.Refused("--iterations must be at least 1 and --warmup at least 0");
            }
            LocalDate day = Dates.parse("--date", date, today());
            out().printf(Locale.ROOT, "Today computation, %s: %,d people, %,d touchpoints, capacity %d%n",
                    session().settings().describe(), kith().people().count(accountId()),
                    kith().touchpoints().count(accountId()), account().settings().capacity());
            measure(day, "");
            measure(day.plusDays(STRESS_DAYS), " (+" + STRESS_DAYS + " days)");
        }

        private void measure(LocalDate day, String label) {
            Account account = account();
            Today plan = null;
            for (int i = 0; i < warmup; i++) {
                plan = kith().planner().today(account, day, 0);
            }
            long[] nanos = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                plan = kith().planner().today(account, day, 0);
                nanos[i] = System.nanoTime() - start;
            }
            Timings t = Timings.of(nanos);
            out().printf(Locale.ROOT, "  %s%s: median %s · p95 %s · p99 %s · min %s — %d items, %,d due, backlog %,d "
                            + "(%d runs after %d warm-up)%n", day, label, Timings.ms(t.median()), Timings.ms(t.percentile(95)),
                    Timings.ms(t.percentile(99)), Timings.ms(t.min()), plan.items().size(), plan.due(), plan.backlog(),
                    iterations, warmup);
        }
    }

    @Command(name = "http", mixinStandardHelpOptions = true,
            description = {"Time GET /api/v1/today against a running server, with GET /health as the reference.",
                    "Sequential requests on one keep-alive connection, alternating the two after a warm-up; reports "
                            + "the median and p95 of each and their ratio."})
    static final class HttpBench extends KithCommand {

        @Option(names = "--base", required = true, paramLabel = "URL", description = "The server, e.g. http://127.0.0.1:8080.")
        String base;

        @Option(names = "--token", required = true, paramLabel = "T", description = "An API token (kith token new NAME).")
        String token;

        @Option(names = "--requests", paramLabel = "N", defaultValue = "2000", description = "Timed requests of each kind (default: ${DEFAULT-VALUE}).")
        int requests;

        @Option(names = "--warmup", paramLabel = "N", defaultValue = "300", description = "Untimed requests of each kind first (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day to ask for (default: today on this machine).")
        String date;

        @Option(names = "--health", paramLabel = "PATH", defaultValue = "/health", description = "The reference endpoint (default: ${DEFAULT-VALUE}).")
        String health;

        // Made when the benchmark runs: picocli builds every command at start-up, and an HTTP
        // client initialises TLS, which would slow down every other command.
        private HttpClient client;

        @Override
        void run() throws IOException, InterruptedException {
            if (requests < 1 || warmup < 0) {
                throw new Main.Refused("--requests must be at least 1 and --warmup at least 0");
            }
            client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String root = base.replaceAll("/+$", "");
            LocalDate day = Dates.parse("--date", date, LocalDate.now());
            HttpRequest today = HttpRequest.newBuilder(URI.create(root + "/api/v1/today?date=" + day))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30)).GET().build();
            HttpRequest reference = HttpRequest.newBuilder(URI.create(root + health)).timeout(Duration.ofSeconds(30)).GET().build();
            for (int i = 0; i < warmup; i++) {
                send(today);
                send(reference);
            }
            long[] todayNanos = new long[requests];
            long[] healthNanos = new long[requests];
            for (int i = 0; i < requests; i++) {
                todayNanos[i] = send(today);
                healthNanos[i] = send(reference);
            }
            Timings t = Timings.of(todayNanos);
            Timings h = Timings.of(healthNanos);
            out().printf(Locale.ROOT, "HTTP against %s: %,d requests of each, alternating, after %,d warm-up pairs%n",
                    root, requests, warmup);
            out().printf(Locale.ROOT, "  GET /api/v1/today?date=%s: median %s · p95 %s%n", day, Timings.ms(t.median()),
                    Timings.ms(t.percentile(95)));
            out().printf(Locale.ROOT, "  GET %s: median %s · p95 %s%n", health, Timings.ms(h.median()), Timings.ms(h.percentile(95)));
            out().printf(Locale.ROOT, "  today / health: median ×%.1f · p95 ×%.1f%n", t.median() / h.median(),
                    t.percentile(95) / h.percentile(95));
        }

        private long send(HttpRequest request) throws IOException, InterruptedException {
            return timed(client, request);
        }

        /**
         * One request, timed until its whole body has arrived; anything but 200, or no server
         * there, stops the run with what went wrong.
         */
        static long timed(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
            long start = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                throw new Main.Refused("nothing answers at " + request.uri().resolve("/") + ": is the server running (kith serve)?");
            }
            long nanos = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                String body = response.body();
                throw new Main.Refused(request.method() + " " + request.uri() + " answered " + response.statusCode()
                        + (response.statusCode() == 401 ? " (is the token right, and for this server's data folder?)" : "")
                        + ": " + body.substring(0, Math.min(300, body.length())));
            }
            return nanos;
        }
    }
}
