package app.kith.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.web.WebSession;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who gets in: pages behind sign-in, the sign-in form, its throttle, and the headers every page carries. */
@ServerTest
class SignInTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void everyPageButSignInAndAssetsNeedsASignedInSession() {
        WebSession anonymous = WebSession.anonymous(port);
        for (String page : List.of("/", "/today", "/people", "/people/new", "/people/1", "/circles", "/asks", "/who", "/settings")) {
            WebSession.Page answer = anonymous.get(page);
            assertThat(answer.status()).as(page).isEqualTo(302);
            assertThat(answer.location()).as(page).endsWith("/login");
        }
        for (String asset : List.of("/css/kith.css", "/js/kith.js", "/favicon.svg",
                "/webjars/htmx.org/2.0.8/dist/htmx.min.js", "/webjars/picocss__pico/2.1.1/css/pico.min.css")) {
            assertThat(anonymous.get(asset).status()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void pagesForbidInlineScriptsAndFramingAndTheSessionCookieIsHttpOnlyAndSameSite() {
        WebSession anonymous = WebSession.anonymous(port);
        WebSession.Page login = anonymous.get("/login");

        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .allSatisfy(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax"));
        assertThat(login.body()).doesNotContain("<script>", "style=\"", " onclick=");
    }

    @Test
    void withoutATrustedProxyAForwardedProtoIsIgnored() {
        WebSession.Page login = WebSession.anonymous(port).get("/login", Map.of("X-Forwarded-Proto", "https"));

        // The request came over plain HTTP, whatever a client says: a Secure cookie would never come back.
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty().allSatisfy(c -> assertThat(c).contains("HttpOnly").doesNotContain("Secure"));
    }

    @Test
    void aWrongPasswordSaysSoAndKeepsTheEmailButNotThePassword() {
        String email = signUpEmail();
        WebSession visitor = WebSession.anonymous(port);

        WebSession.Page refused = visitor.post("/login", Map.of("username", email, "password", "not-the-password"));
        assertThat(refused.location()).endsWith("/login?error");

        String page = visitor.get("/login?error").body();
        assertThat(page).contains("do not match", "value=\"" + email + "\"").doesNotContain("not-the-password");
    }

    @Test
    void afterFiveFailuresForAnEmailEvenTheRightPasswordWaits() {
        String email = signUpEmail();
        WebSession visitor = WebSession.anonymous(port);
        for (int i = 0; i < SignInThrottle.PER_EMAIL; i++) {
            visitor.post("/login", Map.of("username", email, "password", "wrong-" + i));
        }

        WebSession.Page held = visitor.post("/login", Map.of("username", email, "password", WebSession.PASSWORD));

        assertThat(held.location()).contains("/login?wait=");
        assertThat(visitor.get(held.location().substring(held.location().indexOf("/login"))).body())
                .contains("Too many sign-in attempts");
        assertThat(visitor.get("/today").status()).isEqualTo(302);
        // Another account is not held up by someone guessing this one's password.
        assertThat(WebSession.signUp(port, accounts).get("/today").status()).isEqualTo(200);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        WebSession session = WebSession.signUp(port, accounts);
        assertThat(session.postExactly("/settings", Map.of("capacity", "9", "timeZone", "UTC")).status()).isEqualTo(403);
        assertThat(accounts.byId(session.accountId()).settings().capacity()).isEqualTo(5);
    }

    @Test
    void signingOutEndsTheSession() {
        WebSession session = WebSession.signUp(port, accounts);
        assertThat(session.get("/today").status()).isEqualTo(200);

        WebSession.Page out = session.post("/logout", Map.of());

        assertThat(out.location()).endsWith("/login?signed-out");
        assertThat(session.get("/login?signed-out").body()).contains("You are signed out");
        assertThat(session.get("/today").location()).endsWith("/login");
    }

    @Test
    void keepMeSignedInSignsInADeviceWhoseSessionIsGone() {
        String email = signUpEmail();
        WebSession device = WebSession.signIn(port, accounts.byEmail(email).id(), email, WebSession.PASSWORD, true);
        String remembered = device.cookie(WebSession.REMEMBER_ME);
        assertThat(remembered).isNotNull().doesNotContain(email);

        WebSession sessionGone = WebSession.withCookie(port, WebSession.REMEMBER_ME, remembered);

        assertThat(sessionGone.get("/today").status()).isEqualTo(200);
        assertThat(sessionGone.cookie(WebSession.REMEMBER_ME)).as("renewed at each use").isNotEqualTo(remembered);
        assertThat(WebSession.signIn(port, 0, email, WebSession.PASSWORD, false).cookie(WebSession.REMEMBER_ME)).isNull();
    }

    @Test
    void rememberMeCookieIsRefusedAfterSignOut() {
        String email = signUpEmail();
        WebSession device = WebSession.signIn(port, accounts.byEmail(email).id(), email, WebSession.PASSWORD, true);
        String remembered = device.cookie(WebSession.REMEMBER_ME);
        device.get("/today");

        device.post("/logout", Map.of());

        // A copy of the cookie taken before signing out (the browser forgets its own) signs nobody in.
        WebSession copy = WebSession.withCookie(port, WebSession.REMEMBER_ME, remembered);
        WebSession.Page refused = copy.get("/today");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).endsWith("/login");
        assertThat(accounts.rememberMe().count(device.accountId())).isZero();
    }

    private String signUpEmail() {
        String email = "signin-" + UUID.randomUUID() + "@example.com";
        accounts.create(email, WebSession.PASSWORD);
        return email;
    }
}
