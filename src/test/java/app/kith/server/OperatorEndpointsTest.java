package app.kith.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.LiveServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What a load balancer and a monitoring system read: liveness and readiness beside {@code /health},
 * open to anyone; {@code /metrics} in Prometheus' format only with the operator's token, and not
 * there at all without one.
 */
class OperatorEndpointsTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String TOKEN = "an-operators-metrics-token";

    @Test
    void healthLivenessAndReadinessAnswerWithoutSigningInAndMetricsNeedTheOperatorsToken() throws Exception {
        try (LiveServer server = LiveServer.start("--kith.metrics.token=" + TOKEN, "--logging.level.root=warn")) {
            for (String path : new String[] {"/health", "/health/liveness", "/health/readiness"}) {
                HttpResponse<String> health = get(server, path, null);
                assertThat(health.statusCode()).as(path).isEqualTo(200);
                assertThat(health.body()).as(path).contains("\"status\":\"UP\"");
            }
            get(server, "/login", null); // a request for the latency histogram

            assertThat(get(server, "/metrics", null).statusCode()).isEqualTo(401);
            assertThat(get(server, "/metrics", null).headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("Bearer"));
            assertThat(get(server, "/metrics", "not-" + TOKEN).statusCode()).isEqualTo(401);
            HttpResponse<String> metrics = get(server, "/metrics", TOKEN);
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("text/plain"));
            assertThat(metrics.body()).contains("http_server_requests_seconds_count{", "uri=\"/login\"",
                    "hikaricp_connections_active", "kith_emails_total{outcome=\"sent\"}", "kith_emails_total{outcome=\"failed\"}");
            assertThat(metrics.headers().firstValue("Set-Cookie")).as("a scrape makes no session").isEmpty();
        }
    }

    @Test
    void withoutATokenConfiguredThereAreNoMetrics() throws Exception {
        try (LiveServer server = LiveServer.start("--logging.level.root=warn")) {
            assertThat(get(server, "/metrics", null).statusCode()).isEqualTo(404);
            assertThat(get(server, "/metrics", "anything").statusCode()).isEqualTo(404);
            assertThat(get(server, "/health/readiness", null).statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> get(LiveServer server, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
