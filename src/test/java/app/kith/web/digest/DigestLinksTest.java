package app.kith.web.digest;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.db.Database;
import app.kith.digest.DigestView;
import app.kith.digest.Digests;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.WebSession;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The morning email's links in the real server, from a browser that is not signed in: opening one
 * only asks, the form's POST does it, and a link cut or changed on the way changes nothing.
 */
@ServerTest
class DigestLinksTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Touchpoints touchpoints;

    @Autowired
    Digests digests;

    @Autowired
    Database database;

    private Account account;
    private Person ada;
    private DigestView view;

    @BeforeEach
    void setUp() {
        long id = WebSession.signUp(port, accounts).accountId();
        account = accounts.byId(id);
        LocalDate today = LocalDate.now(ZoneId.of(account.settings().timeZone().getId()));
        ada = people.add(id, new PersonDraft("Ada <i>Lovelace</i>", null, null, null, null, null, null, null, null, null,
                null, null, 7, null, null), today, today.minusDays(30));
        view = digests.view(account, today);
    }

    @Test
    void doneAsksOnGetAndLogsTheTouchOnlyWhenThePageIsPosted() {
        String done = path(view.sections().get(0).items().get(0).doneUrl());
        int before = touches();
        WebSession browser = WebSession.anonymous(port);

        WebSession.Page asked = browser.get(done);
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body()).contains("Mark Ada &lt;i&gt;Lovelace&lt;/i&gt; as done for today?",
                "<form method=\"post\" action=\"/digest/done\">", "name=\"_csrf\"");
        browser.get(done);
        assertThat(touches()).as("opening the link twice changes nothing").isEqualTo(before);

        String token = token(done);
        assertThat(WebSession.anonymous(port).postExactly("/digest/done", Map.of("t", token)).status())
                .as("no CSRF token: refused (sent to sign in)").isIn(302, 403);
        assertThat(touches()).isEqualTo(before);

        WebSession.Page posted = browser.post("/digest/done", Map.of("t", token));
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.body()).contains("is checked off for today");
        assertThat(touches()).isEqualTo(before + 1);
    }

    @Test
    void aTamperedLinkGetsAClearPageAndChangesNothing() {
        String token = token(view.sections().get(0).items().get(0).doneUrl());
        String tampered = token.substring(0, token.length() - 3) + (token.endsWith("AAA") ? "BBB" : "AAA");
        int before = touches();
        WebSession browser = WebSession.anonymous(port);

        WebSession.Page page = browser.get("/digest/done?t=" + tampered);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("This link is not valid", "Nothing was changed").doesNotContain("<button");
        assertThat(browser.post("/digest/done", Map.of("t", tampered)).status()).isEqualTo(400);
        assertThat(browser.get("/digest/done").status()).isEqualTo(400);
        assertThat(touches()).isEqualTo(before);
    }

    @Test
    void unsubscribingAsksFirstAndAMailProvidersOneClickPostTurnsTheEmailOff() {
        JdbcClient sql = JdbcClient.create(database.dataSource());
        sql.sql("INSERT INTO digest_setting (account_id, enabled, hour) VALUES (?, 1, 6)").params(account.id()).update();
        String token = token(view.unsubscribeUrl());

        WebSession.Page asked = WebSession.anonymous(port).get("/digest/unsubscribe?t=" + token);
        assertThat(asked.body()).contains("Stop the morning email?");
        assertThat(digests.settings(account.id()).enabled()).isTrue();

        WebSession.Page oneClick = WebSession.anonymous(port).postExactly("/digest/unsubscribe/one-click?t=" + token,
                Map.of("List-Unsubscribe", "One-Click"));
        assertThat(oneClick.status()).isEqualTo(200);
        assertThat(digests.settings(account.id()).enabled()).isFalse();
        assertThat(digests.settings(account.id()).hour()).isEqualTo(6);
    }

    @Test
    void settingsShowsTheMorningEmailAndRefusesToTurnItOnWithoutAMailServer() {
        WebSession session = WebSession.signIn(port, account.id(), account.email(), WebSession.PASSWORD, false);
        String page = session.get("/settings").body();
        assertThat(page).contains("<h2>Morning email</h2>", "Kith has no mail server yet", "Not sent yet.");

        WebSession.Page saved = session.post("/settings/digest", Map.of("enabled", "true", "hour", "8"));
        assertThat(saved.location()).endsWith("/settings#morning-email");
        assertThat(session.get("/settings").body()).contains("Kith has no mail server yet: set kith.mail.host");
        assertThat(digests.settings(account.id()).enabled()).isFalse();
    }

    private int touches() {
        return touchpoints.ofPerson(account.id(), ada.id(), 50, 0).size();
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/digest/"));
    }

    private static String token(String url) {
        Matcher m = Pattern.compile("[?&]t=([^&]+)").matcher(url);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
