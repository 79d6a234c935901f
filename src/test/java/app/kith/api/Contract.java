package app.kith.api;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document a server serves, as a check of the answers it gives: a response whose
 * status, media type or body the document does not describe is a failure, named with every way it
 * departs. A JSON body is validated with the document's own schemas (JSON Schema 2020-12 in
 * OpenAPI 3.1's dialect). Calls the document does not describe (a path or method it does not
 * have, such as /health or a 405) are left alone.
 */
final class Contract {

    /** Where the document is said to live, for its references; never fetched. */
    private static final String DOCUMENT = "https://kith.invalid/api/openapi.json";
    private static final Map<Integer, Contract> BY_PORT = new ConcurrentHashMap<>();

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Route> routes;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private record Route(String template, Pattern pattern, long parameters) {
    }

    Contract(String document) {
        this.document = Api.JSON.readTree(document);
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), registry -> registry
                .schemas(Map.of(DOCUMENT, document))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        this.routes = StreamSupport.stream(this.document.get("paths").propertyNames().spliterator(), false)
                .map(path -> new Route(path, Pattern.compile(path.replaceAll("\\{[^/}]+}", "[^/]+")),
                        path.chars().filter(c -> c == '{').count()))
                .sorted(Comparator.comparingLong(Route::parameters))
                .toList();
    }

    /** The document served on this port, fetched once. */
    static Contract of(int port) {
        return BY_PORT.computeIfAbsent(port, p -> new Contract(fetch(p)));
    }

    static String fetch(int port) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/openapi.json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/api/openapi.json answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("/api/openapi.json could not be read: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fails, saying how, when the document does not describe this answer to this call. */
    void check(String method, String path, Api.Reply reply) {
        List<String> problems = problems(method, path, reply.status(), reply.contentType(), reply.body());
        if (!problems.isEmpty()) {
            throw new AssertionError(method + " " + path + " answered " + reply.status() + " " + reply.contentType()
                    + ", which the OpenAPI document does not describe:\n  " + String.join("\n  ", problems)
                    + "\nbody: " + abbreviated(reply.body()));
        }
    }

    /** Every way the answer departs from the document; none when it does not describe the call. */
    List<String> problems(String method, String path, int status, String contentType, String body) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Optional<Route> route = routes.stream().filter(r -> r.pattern().matcher(bare).matches()).findFirst();
        String verb = method.toLowerCase(Locale.ROOT);
        if (route.isEmpty() || !document.get("paths").get(route.get().template()).has(verb)) {
            return List.of();
        }
        String pointer = "/paths/" + escape(route.get().template()) + "/" + verb + "/responses";
        JsonNode responses = document.at(pointer);
        String code = Integer.toString(status);
        String key = responses.has(code) ? code : responses.has(code.charAt(0) + "XX") ? code.charAt(0) + "XX"
                : responses.has("default") ? "default" : null;
        if (key == null) {
            return List.of("status " + status + " is not among the documented " + names(responses));
        }
        pointer = pointer + "/" + escape(key);
        JsonNode response = document.at(pointer);
        if (response.has("$ref")) {
            pointer = response.get("$ref").asString().substring(1);
            response = document.at(pointer);
        }
        JsonNode content = response.get("content");
        if (content == null || content.isEmpty()) {
            return body.isEmpty() ? List.of() : List.of("a body, where the document describes none");
        }
        String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!content.has(mediaType)) {
            return List.of("media type \"" + mediaType + "\" is not among the documented " + names(content));
        }
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            return List.of();
        }
        String schemaPointer = pointer + "/content/" + escape(mediaType) + "/schema";
        if (document.at(schemaPointer).isMissingNode()) {
            return List.of();
        }
        Schema schema = schemas.computeIfAbsent(schemaPointer,
                p -> registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + p)));
        List<Error> errors = schema.validate(Api.JSON.readTree(body));
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    /** A JSON pointer's token: ~ and / escaped. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String names(JsonNode object) {
        return StreamSupport.stream(object.propertyNames().spliterator(), false).collect(Collectors.joining(", "));
    }

    private static String abbreviated(String body) {
        return body.length() <= 2_000 ? body : body.substring(0, 2_000) + "…";
    }
}
