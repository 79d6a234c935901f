package app.kith.api;

import app.kith.account.Accounts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the running server, as one account (or none): plain HTTP, JSON written by hand.
 * Every answer is checked against the server's OpenAPI document ({@link Contract}): an answer the
 * document does not describe fails the test that received it.
 */
final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final String token;
    private final long accountId;

    private Api(int port, String token, long accountId) {
        this.port = port;
        this.token = token;
        this.accountId = accountId;
    }

    /** A new account with a token of its own. */
    static Api signUp(int port, Accounts accounts) {
        long id = accounts.create("user-" + UUID.randomUUID() + "@example.com", "a-long-enough-password").account().id();
        return new Api(port, accounts.newToken(id, "test").secret(), id);
    }

    static Api anonymous(int port) {
        return new Api(port, null, 0);
    }

    Api withToken(String other) {
        return new Api(port, other, accountId);
    }

    long accountId() {
        return accountId;
    }

    /** The bearer token this client sends. */
    String token() {
        return token;
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, json);
    }

    /** A POST with one more header (an Idempotency-Key). */
    Reply post(String path, String json, String header, String value) {
        return send("POST", path, json, json == null ? null : "application/json", java.util.Map.of(header, value));
    }

    Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    Reply patch(String path, String json) {
        return send("PATCH", path, json);
    }

    Reply delete(String path) {
        return send("DELETE", path, null);
    }

    Reply send(String method, String path, String json) {
        return send(method, path, json, json == null ? null : "application/json");
    }

    /** A body of any type: a file uploaded as it is. */
    Reply send(String method, String path, String body, String contentType) {
        return send(method, path, body, contentType, java.util.Map.of());
    }

    private Reply send(String method, String path, String body, String contentType, java.util.Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Reply reply = new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers(), response.body());
            Contract.of(port).check(method, path, reply);
            return reply;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, String contentType, java.net.http.HttpHeaders headers, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
