package app.kith.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A day of many accounts at once: a fixed number of clients, each sending the next request as
 * soon as the last was answered, each request for a random account and of a kind drawn by the
 * weights of a real day (mostly Today, person pages and searches, some touchpoints logged, an
 * import now and then), with GET /health among them as the ceiling measured in the same run.
 * Several servers (nodes on one database) share the clients.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load a running server (or several on one database) with many accounts' day: Today, person "
                + "pages, searches, touchpoints logged, an import now and then, and GET /health, by a fixed number of "
                + "clients for a fixed time.",
                "Reports the throughput, and the count, errors, median, p95 and p99 of each kind of request."})
final class LoadBench extends KithCommand {

    /** A person's id in the People list (their circles' ids are followed by no emails). */
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+),\"name\":\"(?:[^\"\\\\]|\\\\.)*\",\"emails\"");

    /** What a client asks, and how often in a hundred requests. */
    private enum Kind {
        TODAY(30), PERSON(25), SEARCH(20), LOG(15), HEALTH(9), IMPORT(1);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    @Option(names = "--base", required = true, paramLabel = "URL", description = "A server (repeatable: the clients take turns).")
    List<String> bases;

    @Option(names = "--tokens", required = true, paramLabel = "FILE", description = "API tokens, one account's a line.")
    Path tokensFile;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "8", description = "Clients at once (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "60", description = "How long (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "15", description = "Untimed seconds first (default: ${DEFAULT-VALUE}).")
    int warmup;

    private HttpClient client;

    private record Account(String token, List<Long> people) {
    }

    @Override
    void run() throws Exception {
        if (clients < 1 || seconds < 1 || warmup < 0) {
            throw new Main.Refused("--clients and --seconds must be at least 1, --warmup at least 0");
        }
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<String> roots = bases.stream().map(b -> b.replaceAll("/+$", "")).toList();
        List<Account> accounts = new ArrayList<>();
        for (String token : Files.readAllLines(tokensFile)) {
            if (!token.isBlank()) {
                accounts.add(new Account(token.strip(), people(roots.get(0), token.strip())));
            }
        }
        if (accounts.isEmpty()) {
            throw new Main.Refused(tokensFile + " holds no token");
        }
        Map<Kind, ConcurrentLinkedQueue<Long>> times = new EnumMap<>(Kind.class);
        Map<Kind, AtomicInteger> errors = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            times.put(k, new ConcurrentLinkedQueue<>());
            errors.put(k, new AtomicInteger());
        }
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        long begin = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        long end = begin + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String root = roots.get(c % roots.size());
            SplittableRandom random = new SplittableRandom(c);
            Thread t = new Thread(() -> {
                long now;
                while ((now = System.nanoTime()) < end) {
                    Account account = accounts.get(random.nextInt(accounts.size()));
                    Kind kind = draw(random);
                    long start = System.nanoTime();
                    String failure;
                    try {
                        HttpResponse<String> response = client.send(request(root, account, kind, random),
                                HttpResponse.BodyHandlers.ofString());
                        int status = response.statusCode();
                        failure = status >= 200 && status < 300 ? null : kind + " " + status + " " + response.body();
                    } catch (IOException e) {
                        failure = kind + " " + e;
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (now < begin) {
                        continue;
                    }
                    if (failure == null) {
                        times.get(kind).add(System.nanoTime() - start);
                    } else {
                        errors.get(kind).incrementAndGet();
                        if (firstErrors.size() < 5) {
                            firstErrors.add(failure.length() > 300 ? failure.substring(0, 300) : failure);
                        }
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        report(accounts, roots, times, errors, firstErrors);
    }

    private void report(List<Account> accounts, List<String> roots, Map<Kind, ConcurrentLinkedQueue<Long>> times,
                        Map<Kind, AtomicInteger> errors, ConcurrentLinkedQueue<String> firstErrors) {
        long all = 0;
        long failed = 0;
        List<Long> everything = new ArrayList<>();
        for (Kind k : Kind.values()) {
            all += times.get(k).size() + errors.get(k).get();
            failed += errors.get(k).get();
            if (k != Kind.HEALTH) {
                everything.addAll(times.get(k));
            }
        }
        out().printf(Locale.ROOT, "Load: %d accounts, %d clients on %d server%s, %d s after %d s of warm-up%n",
                accounts.size(), clients, roots.size(), roots.size() == 1 ? "" : "s", seconds, warmup);
        out().printf(Locale.ROOT, "  throughput %.1f requests/s, %,d requests, %,d errors%n", all / (double) seconds, all, failed);
        print("all but /health", everything, (int) (failed - errors.get(Kind.HEALTH).get()));
        for (Kind k : Kind.values()) {
            print(label(k), List.copyOf(times.get(k)), errors.get(k).get());
        }
        firstErrors.forEach(e -> out().println("  error: " + e));
    }

    private void print(String label, List<Long> nanos, int errors) {
        if (nanos.isEmpty()) {
            out().printf(Locale.ROOT, "  %s: none answered, %,d errors%n", label, errors);
            return;
        }
        Timings t = Timings.of(nanos.stream().mapToLong(Long::longValue).toArray());
        out().printf(Locale.ROOT, "  %s: %,d · errors %,d · median %s · p95 %s · p99 %s%n", label, nanos.size(), errors,
                Timings.ms(t.median()), Timings.ms(t.percentile(95)), Timings.ms(t.percentile(99)));
    }

    private static String label(Kind k) {
        return switch (k) {
            case TODAY -> "GET /api/v1/today";
            case PERSON -> "GET /api/v1/people/{id}";
            case SEARCH -> "GET /api/v1/who?q=…";
            case LOG -> "POST /api/v1/people/{id}/touchpoints";
            case HEALTH -> "GET /health";
            case IMPORT -> "POST /api/v1/imports/linkedin (20 rows)";
        };
    }

    private static Kind draw(SplittableRandom random) {
        int n = random.nextInt(100);
        for (Kind k : Kind.values()) {
            n -= k.weight;
            if (n < 0) {
                return k;
            }
        }
        return Kind.TODAY;
    }

    private HttpRequest request(String root, Account account, Kind kind, SplittableRandom random) {
        long person = account.people().get(random.nextInt(account.people().size()));
        HttpRequest.Builder b = switch (kind) {
            case TODAY -> HttpRequest.newBuilder(URI.create(root + "/api/v1/today")).GET();
            case PERSON -> HttpRequest.newBuilder(URI.create(root + "/api/v1/people/" + person)).GET();
            case SEARCH -> HttpRequest.newBuilder(URI.create(root + "/api/v1/who?q=" + URLEncoder.encode(
                    ApiBench.QUERIES.get(random.nextInt(ApiBench.QUERIES.size())), StandardCharsets.UTF_8))).GET();
            case LOG -> HttpRequest.newBuilder(URI.create(root + "/api/v1/people/" + person + "/touchpoints"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"channel\":\"call\",\"note\":\"load\"}"));
            case HEALTH -> HttpRequest.newBuilder(URI.create(root + "/health")).GET();
            case IMPORT -> HttpRequest.newBuilder(URI.create(root + "/api/v1/imports/linkedin"))
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(linkedIn(random)));
        };
        if (kind != Kind.HEALTH) {
            b.header("Authorization", "Bearer " + account.token());
        }
        return b.timeout(Duration.ofSeconds(60)).build();
    }

    /** A small LinkedIn export: twenty new connections, or people met before when the number comes again. */
    private static String linkedIn(SplittableRandom random) {
        StringBuilder csv = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (int i = 0; i < 20; i++) {
            int n = random.nextInt(100_000);
            csv.append("Load").append(n).append(",Contact,https://www.linkedin.com/in/load-contact-").append(n)
                    .append(",,Acme,Engineer,05 Dec 2026\n");
        }
        return csv.toString();
    }

    /** Some of the account's people, to open and to log touchpoints with. */
    private List<Long> people(String root, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(root + "/api/v1/people?limit=200"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        List<Long> ids = new ArrayList<>();
        Matcher m = ID.matcher(response.body());
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        if (response.statusCode() != 200 || ids.isEmpty()) {
            throw new Main.Refused("could not list an account's people: " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(200, response.body().length())));
        }
        return ids;
    }
}
