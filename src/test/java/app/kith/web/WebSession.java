package app.kith.web;

import app.kith.account.Accounts;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for the web app's tests: a cookie jar, the CSRF token of the last
 * page it read (sent with every form), redirects not followed so a test sees them. Signs in
 * through the real sign-in form.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    public static final String PASSWORD = "a-long-enough-password";

    /** The cookie that keeps a device signed in ("keep me signed in"). */
    public static final String REMEMBER_ME = "remember-me";

    private final int port;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final long accountId;
    private String csrf;

    private WebSession(int port, long accountId) {
        this.port = port;
        this.accountId = accountId;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A new account of its own, signed in. */
    public static WebSession signUp(int port, Accounts accounts) {
        String email = "web-" + UUID.randomUUID() + "@example.com";
        long id = accounts.create(email, PASSWORD).account().id();
        return signIn(port, id, email, PASSWORD, false);
    }

    /** Signed in through the sign-in form, kept signed in on this "device" when {@code remember}. */
    public static WebSession signIn(int port, long accountId, String email, String password, boolean remember) {
        WebSession session = new WebSession(port, accountId);
        Page signedIn = session.post("/login", remember
                ? Map.of("username", email, "password", password, "remember", "on")
                : Map.of("username", email, "password", password));
        if (signedIn.status() != 302 || !signedIn.location().endsWith("/today")) {
            throw new IllegalStateException("signing in as " + email + " failed: " + signedIn);
        }
        session.csrf = null; // signing in gives the session a new token
        return session;
    }

    /** Nobody signed in. */
    public static WebSession anonymous(int port) {
        return new WebSession(port, 0);
    }

    /** A browser that holds nothing but this cookie: a device kept signed in, its session gone. */
    public static WebSession withCookie(int port, String name, String value) {
        WebSession session = new WebSession(port, 0);
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setDomain("127.0.0.1"); // as the cookie manager records the server's own cookies
        cookie.setVersion(0);
        session.cookies.getCookieStore().add(URI.create("http://127.0.0.1:" + port + "/"), cookie);
        return session;
    }

    /** Sends this header with every request from now on (a proxy's X-Forwarded-For). */
    public WebSession header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The value of a cookie the server gave, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public long accountId() {
        return accountId;
    }

    /** The Cookie header this session sends, for a request made some other way. */
    public String cookieHeader() {
        try {
            return http.cookieHandler().orElseThrow().get(uri("/"), Map.of()).getOrDefault("Cookie", List.of())
                    .stream().collect(Collectors.joining("; "));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CSRF token of the last page read. */
    public String csrf() {
        if (csrf == null) {
            get("/login");
        }
        return csrf;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A GET as htmx sends it: it asks for a fragment. */
    public Page htmx(String path) {
        return get(path, Map.of("HX-Request", "true"));
    }

    /** A GET with these request headers. */
    public Page get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** A form post with the CSRF token of the last page read (reading the sign-in page for one first if needed). */
    public Page post(String path, Map<String, String> form) {
        if (csrf == null) {
            get("/login");
        }
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", csrf);
        return postExactly(path, fields);
    }

    /** A form post as htmx sends it: the CSRF token in a header, asking for a fragment back. */
    public Page htmxPost(String path, Map<String, String> form) {
        if (csrf == null) {
            get("/login");
        }
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("HX-Request", "true").header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * A multipart form post, as a browser uploads a file: the fields, the CSRF token of the last
     * page read among them, and {@code file} under the name {@code fileField}.
     */
    public Page upload(String path, Map<String, String> form, String fileField, String fileName, byte[] file) {
        if (csrf == null) {
            get("/login");
        }
        String boundary = "----kith" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", csrf);
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A form post of names and values in turn; a name may come back (checkboxes). */
    public Page post(String path, String... fields) {
        return post(path, false, fields);
    }

    /** The same as htmx sends it. */
    public Page htmxPost(String path, String... fields) {
        return post(path, true, fields);
    }

    private Page post(String path, boolean htmx, String... fields) {
        if (csrf == null) {
            get("/login");
        }
        StringBuilder body = new StringBuilder("_csrf=").append(encode(csrf));
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return send(request);
    }

    /** A form post with these fields and nothing added (to show what happens without a CSRF token). */
    public Page postExactly(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return new Page(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.build().method() + " " + request.build().uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A response: its status, headers and HTML. */
    public record Page(int status, HttpHeaders headers, String body) {

        /** Where a redirect points, as a path on this server; empty when it is not a redirect. */
        public String location() {
            return headers.firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse("");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The text of the error message shown under a form control, or null. */
        public String errorOf(String control) {
            Matcher m = Pattern.compile("id=\"" + Pattern.quote(control) + "-error\"[^>]*>([^<]*)<").matcher(body);
            return m.find() ? m.group(1).strip() : null;
        }

        /** How many times a piece of HTML occurs. */
        public int count(String html) {
            return body.split(Pattern.quote(html), -1).length - 1;
        }

        public boolean isFullPage() {
            return body.startsWith("<!DOCTYPE html>");
        }

        @Override
        public String toString() {
            return status + " " + location() + " " + body.substring(0, Math.min(body.length(), 2000));
        }
    }
}
