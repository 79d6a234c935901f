package app.kith.web;

import app.kith.account.Accounts;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in browser without the browser: a cookie jar, the session's CSRF token sent with every
 * form, redirects answered rather than followed (so a test sees where they go).
 */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final int port;
    private final long accountId;
    private String csrf;

    private PageSession(int port, long accountId) {
        this.port = port;
        this.accountId = accountId;
    }

    /** A new account, signed in through the sign-in form. */
    static PageSession signUp(int port, Accounts accounts) {
        String email = "web-" + UUID.randomUUID() + "@example.com";
        String password = "a-long-enough-password";
        PageSession session = new PageSession(port, accounts.create(email, password).account().id());
        session.csrf = token(session.get("/login"));
        Page signedIn = session.post("/login", "username", email, "password", password);
        if (!"/today".equals(signedIn.location())) {
            throw new IllegalStateException("sign-in failed: " + signedIn);
        }
        // Signing in gives the session a new CSRF token.
        session.csrf = token(session.get("/people/new"));
        return session;
    }

    long accountId() {
        return accountId;
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), false);
    }

    /** A GET as htmx sends it. */
    Page htmxGet(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), true);
    }

    /** A form post: {@code fields} are names and values in turn; a name may come back (checkboxes). */
    Page post(String path, String... fields) {
        return send(form(path, fields), false);
    }

    Page htmxPost(String path, String... fields) {
        return send(form(path, fields), true);
    }

    private HttpRequest.Builder form(String path, String... fields) {
        List<String> pairs = new ArrayList<>();
        pairs.add("_csrf=" + encode(csrf));
        for (int i = 0; i < fields.length; i += 2) {
            pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
        }
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)));
    }

    private Page send(HttpRequest.Builder request, boolean htmx) {
        if (htmx) {
            request.header("HX-Request", "true");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String token(Page page) {
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in " + page);
        }
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    record Page(int status, HttpHeaders headers, String body) {

        /** Where a redirect points, as a path on this server (null when it is not a redirect). */
        String location() {
            return headers.firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse(null);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The text of the error message shown under a form control, or null. */
        String errorOf(String control) {
            Matcher m = Pattern.compile("id=\"" + Pattern.quote(control) + "-error\"[^>]*>([^<]*)<").matcher(body);
            return m.find() ? m.group(1).strip() : null;
        }

        /** How many times a piece of HTML occurs. */
        int count(String html) {
            return body.split(Pattern.quote(html), -1).length - 1;
        }

        @Override
        public String toString() {
            return status + " " + headers.map() + "\n" + body;
        }
    }
}
