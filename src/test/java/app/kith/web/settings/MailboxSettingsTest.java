package app.kith.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.mail.TestMailbox;
import app.kith.web.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Settings' mailbox section, form by form: refusals named at their field, the password never sent back. */
@ServerTest
class MailboxSettingsTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void aRefusedConnectionIsSaidAtItsFieldWithWhatWasTypedButNotThePassword() throws Exception {
        WebSession session = WebSession.signUp(port, accounts);
        session.get("/settings");
        try (TestMailbox mail = new TestMailbox()) {
            WebSession.Page refused = session.post("/settings/mailbox", Map.of("host", "127.0.0.1", "port",
                    String.valueOf(mail.port), "user", TestMailbox.LOGIN, "password", "wrong-secret"));
            assertThat(refused.location()).endsWith("/settings#mailbox");

            String page = session.get("/settings").body();

            assertThat(page).contains("id=\"mailbox-password-error\"", "refused this user and password",
                    "value=\"127.0.0.1\"").doesNotContain("wrong-secret");
            assertThat(session.get("/settings").body()).as("said once").doesNotContain("id=\"mailbox-password-error\"");

            session.post("/settings/mailbox", Map.of("host", "127.0.0.1", "port", "x", "user", "me", "password", "p"));
            assertThat(session.get("/settings").body()).contains("id=\"mailbox-port-error\"", "Port must be a number");

            session.post("/settings/mailbox", Map.of("host", "127.0.0.1", "port", String.valueOf(mail.port), "user",
                    TestMailbox.LOGIN, "password", TestMailbox.PASSWORD));
            assertThat(session.get("/settings").body()).contains("Connected me at 127.0.0.1", "Not read yet")
                    .doesNotContain(TestMailbox.PASSWORD);
        }
    }
}
