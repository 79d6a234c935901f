package app.kith.web.install;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Kith works on a phone without a connection: the service worker and the offline page load without
 * signing in; Done, Skip and quick logs sent again from the offline queue are written once; signing
 * out clears what the device kept.
 */
@ServerTest
class OfflineAppTest {

    private static final String ID = "0f6c3d2e-9a1b-4c5d-8e7f-a1b2c3d4e5f6";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Touchpoints touchpoints;

    @Autowired
    Clock clock;

    private Person someone(WebSession session, String name) {
        LocalDate today = accounts.byId(session.accountId()).today(clock);
        return people.add(session.accountId(), PersonDraft.named(name), today.minusDays(100));
    }

    @Test
    void theServiceWorkerIsJavaScriptFromTheRootThatLoadsWithoutSigningIn() {
        WebSession.Page worker = WebSession.anonymous(port).get("/sw.js");

        assertThat(worker.status()).isEqualTo(200);
        assertThat(worker.header("Content-Type")).startsWith("text/javascript");
        assertThat(worker.body()).contains("importScripts(\"/js/outbox.js\")").contains("addEventListener(\"fetch\"");
        // Browsers fetch it again to update it; a copy kept by the HTTP cache would hold an old one.
        assertThat(worker.header("Cache-Control")).contains("no-cache");
    }

    @Test
    void theOfflinePageAndTheOutboxLoadWithoutSigningIn() {
        WebSession anonymous = WebSession.anonymous(port);
        WebSession.Page offline = anonymous.get("/offline.html");
        WebSession.Page outbox = anonymous.get("/js/outbox.js");

        assertThat(offline.status()).isEqualTo(200);
        assertThat(offline.header("Content-Type")).startsWith("text/html");
        assertThat(offline.body()).contains("<h1>You are offline</h1>").doesNotContain("<script>");
        assertThat(outbox.status()).isEqualTo(200);
        assertThat(outbox.header("Content-Type")).startsWith("text/javascript");
    }

    @Test
    void everyPageLoadsTheScriptsThatRegisterTheWorker() {
        WebSession.Page today = WebSession.signUp(port, accounts).get("/today");

        assertThat(today.body()).contains("<script src=\"/js/outbox.js\" defer></script>")
                .contains("<script src=\"/js/offline.js\" defer></script>");
    }

    @Test
    void signingOutTellsTheBrowserToClearWhatTheDeviceKept() {
        WebSession session = WebSession.signUp(port, accounts);
        session.get("/today");

        WebSession.Page signedOut = session.post("/logout", Map.of());

        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.header("Clear-Site-Data")).isEqualTo("\"cache\", \"storage\"");
    }

    @Test
    void doneSentTwiceWithTheSameClientIdLogsOneTouchpoint() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = someone(session, "Ada Lovelace");
        session.get("/today");

        WebSession.Page first = session.htmxPost("/today/" + ada.id() + "/done", Map.of("clientId", ID, "channel", "call"));
        WebSession.Page again = session.htmxPost("/today/" + ada.id() + "/done", Map.of("clientId", ID, "channel", "call"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("✓ Done");
        assertThat(touchpoints.ofPerson(session.accountId(), ada.id(), 10, 0)).hasSize(1);
    }

    @Test
    void aQuickLogSentTwiceWithTheSameClientIdIsLoggedOnce() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = someone(session, "Ada Lovelace");
        session.get("/today");

        WebSession.Page first = session.htmxPost("/log", Map.of("who", "Ada Lovelace", "channel", "coffee", "clientId", ID));
        WebSession.Page again = session.htmxPost("/log", Map.of("who", "Ada Lovelace", "channel", "coffee", "clientId", ID));

        assertThat(first.body()).contains("Logged");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("Already logged with");
        assertThat(touchpoints.ofPerson(session.accountId(), ada.id(), 10, 0)).hasSize(1);
    }

    @Test
    void anotherAccountsSameClientIdIsItsOwnChange() {
        WebSession mine = WebSession.signUp(port, accounts);
        WebSession theirs = WebSession.signUp(port, accounts);
        Person ada = someone(mine, "Ada Lovelace");
        Person bo = someone(theirs, "Bo Example");
        mine.get("/today");
        theirs.get("/today");

        mine.htmxPost("/today/" + ada.id() + "/done", Map.of("clientId", ID));
        theirs.htmxPost("/today/" + bo.id() + "/done", Map.of("clientId", ID));

        assertThat(touchpoints.ofPerson(mine.accountId(), ada.id(), 10, 0)).hasSize(1);
        assertThat(touchpoints.ofPerson(theirs.accountId(), bo.id(), 10, 0)).hasSize(1);
    }
}
