package app.kith.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Several clients logging touchpoints through the API at once, timed: alone (the reference), or
 * while something else runs (an import of another account) until that process ends. Every write
 * counts, refused ones too: a 503 is a write that waited for the lock past the server's limit.
 */
@Command(name = "writes", mixinStandardHelpOptions = true,
        description = {"Time concurrent writes through the API (POST /api/v1/people/{id}/touchpoints) on a running server.",
                "With --while PID, they go on until that process ends (an import, say); else for --seconds.",
                "Reports how many were saved and refused, and the median, p95, p99 and longest wait."})
final class WritesBench extends KithCommand {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    @Option(names = "--base", required = true, paramLabel = "URL", description = "The server, e.g. http://127.0.0.1:8080.")
    String base;

    @Option(names = "--token", required = true, paramLabel = "T", description = "An API token of the account that writes.")
    String token;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "4", description = "Clients writing at once (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--pause", paramLabel = "MS", defaultValue = "50", description = "Each client's pause between writes (default: ${DEFAULT-VALUE}).")
    int pauseMillis;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "10", description = "How long, without --while (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--while", paramLabel = "PID", description = "Write until this process ends.")
    Long whilePid;

    @Option(names = "--label", paramLabel = "TEXT", defaultValue = "writes", description = "What the report calls this run.")
    String label;

    private HttpClient client;

    @Override
    void run() throws Exception {
        if (clients < 1 || pauseMillis < 0 || seconds < 1) {
            throw new Main.Refused("--clients and --seconds must be at least 1, --pause at least 0");
        }
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String root = base.replaceAll("/+$", "");
        HttpResponse<String> person = post(root + "/api/v1/people", "{\"name\":\"Bench Writes " + System.nanoTime() + "\"}");
        Matcher id = ID.matcher(person.body());
        if (person.statusCode() != 201 || !id.find()) {
            throw new Main.Refused("could not add the person to write on: " + person.statusCode() + " " + person.body());
        }
        String url = root + "/api/v1/people/" + id.group(1) + "/touchpoints";
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ConcurrentLinkedQueue<Long> saved = new ConcurrentLinkedQueue<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (whilePid != null ? ProcessHandle.of(whilePid).map(ProcessHandle::isAlive).orElse(false)
                        : System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        int status = post(url, "{\"channel\":\"call\",\"note\":\"bench\"}").statusCode();
                        long nanos = System.nanoTime() - start;
                        if (status == 201) {
                            saved.add(nanos);
                        } else if (status == 503) {
                            refused.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                        Thread.sleep(pauseMillis);
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double wall = (System.nanoTime() - started) / 1e9;
        if (saved.isEmpty()) {
            out().printf(Locale.ROOT, "  %s: no write was saved (%,d refused, %,d failed) in %.1f s%n", label, refused.get(),
                    failed.get(), wall);
            return;
        }
        Timings t = Timings.of(saved.stream().mapToLong(Long::longValue).toArray());
        out().printf(Locale.ROOT, "  %s: %,d saved, %,d refused (503), %,d failed, in %.1f s by %d clients · median %s · "
                        + "p95 %s · p99 %s · longest %s%n", label, saved.size(), refused.get(), failed.get(), wall, clients,
                Timings.ms(t.median()), Timings.ms(t.percentile(95)), Timings.ms(t.percentile(99)),
                Timings.ms(t.percentile(100)));
    }

    private HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
