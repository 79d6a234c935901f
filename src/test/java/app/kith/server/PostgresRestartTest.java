package app.kith.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.Folders;
import app.kith.KithApplication;
import app.kith.OwnPostgres;
import app.kith.account.Accounts;
import app.kith.db.DataFolder;
import app.kith.db.DbSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL restarted while Kith is busy: while it is down every request is refused cleanly (503,
 * a problem document, try again later; never a 500) and readiness says so; once it is back, Kith
 * answers again without being restarted. A PostgreSQL of its own, stopped and started on the same
 * port and data folder; the shared one stays up for the other tests.
 */
class PostgresRestartTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(long at, String method, int status, String contentType, String body) {
    }

    @Test
    void requestsFailWith503WhilePostgresIsDownAndSucceedOnceItIsBack() throws Exception {
        Path folder = Files.createTempDirectory("kith-node");
        OwnPostgres postgres = OwnPostgres.start();
        ConfigurableApplicationContext kith = null;
        try {
            kith = KithApplication.start(new DbSettings(new DataFolder(folder), postgres.jdbcUrl(),
                            null, null), "--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=error",
                    "--kith.db.lock-wait=1s", "--kith.health.write-wait=1s", "--kith.purge.initial-delay=PT1H");
            String base = "http://127.0.0.1:" + kith.getEnvironment().getProperty("local.server.port");
            Accounts accounts = kith.getBean(Accounts.class);
            long id = accounts.create("ada@example.com", "a-long-enough-password").account().id();
            String token = accounts.newToken(id, "restart").secret();

            List<Answer> answers = new CopyOnWriteArrayList<>();
            AtomicBoolean running = new AtomicBoolean(true);
            Thread load = new Thread(() -> {
                long until = System.currentTimeMillis() + 120_000; // bounded whatever happens
                for (int i = 0; running.get() && i < 5_000 && System.currentTimeMillis() < until; i++) {
                    boolean write = i % 3 == 0;
                    answers.add(write ? send(base, "POST", "/api/v1/people", token, "{\"name\":\"Person " + i + "\"}")
                            : send(base, "GET", "/api/v1/people", token, null));
                    pause(50);
                }
            });
            load.start();
            long warm = System.currentTimeMillis() + 60_000;
            while (answers.size() < 5 && System.currentTimeMillis() < warm) {
                pause(100);
            }
            assertThat(answers).as("the loop runs against a working Kith").isNotEmpty()
                    .allSatisfy(a -> assertThat(a.status()).isBetween(200, 299));

            postgres.stop();
            long down = System.currentTimeMillis();
            pause(3_000);
            Answer ready = send(base, "GET", "/health/readiness", null, null);
            assertThat(ready.status()).as("not ready while PostgreSQL is down").isEqualTo(503);
            assertThat(send(base, "GET", "/health/liveness", null, null).status()).as("but alive").isEqualTo(200);

            postgres.startAgain();
            long up = System.currentTimeMillis();
            long until = up + 60_000;
            while (System.currentTimeMillis() < until && answers.stream().filter(a -> a.at() > up && a.status() < 300).count() < 10) {
                pause(200);
            }
            running.set(false);
            load.join(30_000);

            assertThat(answers).as("only successes and 503s, never a 500")
                    .allSatisfy(a -> assertThat(a.status()).as(a.toString()).satisfiesAnyOf(
                            s -> assertThat(s).isBetween(200, 299), s -> assertThat(s).isEqualTo(503)));
            assertThat(answers).filteredOn(a -> a.status() == 503).as("the downtime was seen").isNotEmpty()
                    .allSatisfy(a -> assertThat(a.contentType()).startsWith("application/problem+json"));
            assertThat(answers).filteredOn(a -> a.at() > down && a.at() < up - 500 && a.status() < 300)
                    .as("nothing succeeds while PostgreSQL is down").isEmpty();
            long back = answers.stream().filter(a -> a.at() > up && a.status() < 300).mapToLong(Answer::at).min().orElse(until);
            List<Answer> after = answers.stream().filter(a -> a.at() > back).toList();
            assertThat(after).as("Kith answers again, without a restart").isNotEmpty()
                    .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isBetween(200, 299));
            assertThat(send(base, "GET", "/health/readiness", null, null).status()).isEqualTo(200);
        } finally {
            if (kith != null) {
                kith.close();
            }
            postgres.close();
            Folders.delete(folder);
        }
    }


    private static Answer send(String base, String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(System.currentTimeMillis(), method, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            return new Answer(System.currentTimeMillis(), method, -1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(System.currentTimeMillis(), method, -1, "", "interrupted");
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
