package app.kith.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import app.kith.web.WebSession;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without a session (it expired, the server restarted), every page goes to sign in and, once
 * signed in, back to where the user was: a page they opened, the page an htmx action or a form
 * was sent from. htmx is told to load the sign-in page whole, never to swap it into a list.
 */
@ServerTest
class ExpiredSessionTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    String email;
    long accountId;

    @BeforeEach
    void anAccount() {
        email = "expired-" + UUID.randomUUID() + "@example.com";
        accountId = accounts.create(email, WebSession.PASSWORD).account().id();
    }

    private WebSession.Page signIn(WebSession visitor, Map<String, String> extra) {
        visitor.get("/login");
        Map<String, String> form = new java.util.HashMap<>(Map.of("username", email, "password", WebSession.PASSWORD));
        form.putAll(extra);
        return visitor.post("/login", form);
    }

    @Test
    void aPageAskedForWithoutASessionComesBackAfterSigningIn() {
        long ada = people.add(accountId, PersonDraft.named("Ada Lovelace"), LocalDate.now()).id();
        WebSession visitor = WebSession.anonymous(port);

        WebSession.Page sent = visitor.get("/people/" + ada + "?tab=asks");

        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).isEqualTo("/login");
        WebSession.Page signedIn = signIn(visitor, Map.of());
        assertThat(signedIn.location()).isEqualTo("/people/" + ada + "?tab=asks&continue");
        assertThat(visitor.get(signedIn.location()).body()).contains("Ada Lovelace");
    }

    @Test
    void anHtmxRequestWithoutASessionIsToldToLoadTheSignInPageWithThePageItCameFrom() {
        WebSession visitor = WebSession.anonymous(port);

        WebSession.Page refused = visitor.get("/people?q=ada", Map.of("HX-Request", "true",
                "HX-Current-URL", "http://127.0.0.1:" + port + "/people?q=ad&sort=name"));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("HX-Redirect")).isEqualTo("/login?continue=%2Fpeople%3Fq%3Dad%26sort%3Dname");
        assertThat(refused.body()).doesNotContain("<form");

        WebSession.Page signInPage = visitor.get(refused.header("HX-Redirect"));
        assertThat(signInPage.body()).contains("Sign in to carry on where you were.",
                "<input type=\"hidden\" name=\"continue\" value=\"/people?q=ad&amp;sort=name\">");
        WebSession.Page signedIn = signIn(visitor, Map.of("continue", "/people?q=ad&sort=name"));
        assertThat(signedIn.location()).isEqualTo("/people?q=ad&sort=name");
    }

    @Test
    void anHtmxActionWhoseSessionEndedGoesToSignInNotToAForbiddenPage() {
        WebSession session = WebSession.signIn(port, accountId, email, WebSession.PASSWORD, false);
        long ada = people.add(accountId, PersonDraft.named("Ada Lovelace"), LocalDate.now()).id();
        session.get("/today");
        session.post("/logout", Map.of()); // the session ends; the page's token is that session's

        WebSession.Page refused = session.get("/today", Map.of());
        assertThat(refused.location()).isEqualTo("/login");
        WebSession.Page action = session.htmxPost("/today/" + ada + "/skip", "date", LocalDate.now().toString());

        assertThat(action.status()).isEqualTo(401);
        assertThat(action.header("HX-Redirect")).isEqualTo("/login");
    }

    @Test
    void aFormSentAfterItsSessionEndedGoesBackToItsPageAfterSigningIn() {
        WebSession session = WebSession.signIn(port, accountId, email, WebSession.PASSWORD, false);
        long ada = people.add(accountId, PersonDraft.named("Ada Lovelace"), LocalDate.now()).id();
        session.get("/people/" + ada);
        session.post("/logout", Map.of());

        WebSession.Page sent = session.header("Referer", "http://127.0.0.1:" + port + "/people/" + ada)
                .post("/people/" + ada + "/asks", Map.of("text", "an intro to your CFO"));

        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).isEqualTo("/login?continue=%2Fpeople%2F" + ada);
    }

    @Test
    void onlyAPathOfThisSiteIsGoneBackTo() {
        assertThat(SignInFirst.signIn("https://evil.example/steal?x=1")).isEqualTo("/login?continue=%2Fsteal%3Fx%3D1");
        assertThat(SignInFirst.signIn("//evil.example/x")).isEqualTo("/login?continue=%2Fx");
        assertThat(SignInFirst.signIn(null)).isEqualTo("/login");
        assertThat(SignInFirst.signIn("http://127.0.0.1/login?error")).isEqualTo("/login");

        WebSession visitor = WebSession.anonymous(port);
        assertThat(signIn(visitor, Map.of("continue", "//evil.example/x")).location()).isEqualTo("/x");
        WebSession other = WebSession.anonymous(port);
        assertThat(other.get("/login?continue=//evil.example").body()).doesNotContain("name=\"continue\"");
    }
}
