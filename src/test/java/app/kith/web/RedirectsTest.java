package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.RawHttp;
import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every redirect names a path on this site: a forged Host or X-Forwarded-Host header never comes
 * back in a Location, whether the redirect comes from sign-in, sign-out, the sign-in page a
 * visitor is sent to, the page asked for before signing in, or a form.
 */
@ServerTest
class RedirectsTest {

    private static final String FORGED = "Host: evil.example\r\nX-Forwarded-Host: evil.example";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void aForgedHostNeverComesBackInALocation() {
        String email = "redirect-" + UUID.randomUUID() + "@example.com";
        accounts.create(email, WebSession.PASSWORD);

        RawHttp.Response visitor = get("/people?sort=name", null);
        assertLocal(visitor, "/login");
        String session = session(visitor);
        RawHttp.Response signInPage = get("/login", session);
        session = session(signInPage, session);
        assertLocal(post("/login", session, "username=" + encode(email) + "&password=wrong-password&_csrf="
                + encode(csrf(signInPage))), "/login?error");
        RawHttp.Response signedIn = post("/login", session, "username=" + encode(email)
                + "&password=" + encode(WebSession.PASSWORD) + "&_csrf=" + encode(csrf(signInPage)));
        assertLocal(signedIn, "/people?sort=name&continue");
        session = session(signedIn, session);

        assertLocal(get("/", session), "/today");
        RawHttp.Response today = get("/today", session);
        assertLocal(post("/import/cancel", session, "_csrf=" + encode(csrf(today))), "/import");
        assertLocal(post("/logout", session, "_csrf=" + encode(csrf(today))), "/login?signed-out");
        assertLocal(get("/today", session), "/login");
    }

    private RawHttp.Response get(String path, String session) {
        return RawHttp.send(port, "GET " + path + " HTTP/1.1\r\n" + FORGED + cookie(session) + "\r\nConnection: close");
    }

    private RawHttp.Response post(String path, String session, String form) {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        return RawHttp.send(port, "POST " + path + " HTTP/1.1\r\n" + FORGED + cookie(session)
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
                + "\r\nConnection: close", new ByteArrayInputStream(body));
    }

    private static void assertLocal(RawHttp.Response response, String location) {
        assertThat(response.status()).as(response.toString()).isEqualTo(302);
        assertThat(response.header("Location")).as(response.toString()).isEqualTo(location);
    }

    private static String cookie(String session) {
        return session == null ? "" : "\r\nCookie: JSESSIONID=" + session;
    }

    private static String session(RawHttp.Response response) {
        return session(response, null);
    }

    /** The session the response started, or the one it kept. */
    private static String session(RawHttp.Response response, String current) {
        for (String set : response.headers().getOrDefault("set-cookie", List.of())) {
            Matcher m = SESSION.matcher(set);
            if (m.find()) {
                return m.group(1);
            }
        }
        return current;
    }

    private static String csrf(RawHttp.Response page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as(page.toString()).isTrue();
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
