package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class SettingsPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void capacityAndTimeZoneAreSaved() {
        WebSession session = WebSession.signUp(port, accounts);
        session.get("/settings");

        WebSession.Page saved = session.post("/settings", Map.of("capacity", "7", "timeZone", "Asia/Tokyo"));

        assertThat(saved.location()).endsWith("/settings?saved");
        assertThat(accounts.byId(session.accountId()).settings().capacity()).isEqualTo(7);
        assertThat(accounts.byId(session.accountId()).settings().timeZone().getId()).isEqualTo("Asia/Tokyo");
        assertThat(session.get("/settings?saved").body()).contains("Saved.", "value=\"7\"", "value=\"Asia/Tokyo\" selected");
    }

    @Test
    void aRefusedCapacityIsShownNextToTheFieldKeepsWhatWasTypedAndSavesNothing() {
        WebSession session = WebSession.signUp(port, accounts);
        session.get("/settings");

        WebSession.Page refused = session.post("/settings", Map.of("capacity", "0", "timeZone", "Asia/Tokyo"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"capacity-error\"", "Capacity must be between 1 and 100", "value=\"0\"",
                "aria-invalid=\"true\"");
        assertThat(accounts.byId(session.accountId()).settings().capacity()).isEqualTo(5);
        assertThat(accounts.byId(session.accountId()).settings().timeZone().getId()).isNotEqualTo("Asia/Tokyo");
    }

    @Test
    void aNewTokenIsShownOnceAndWorksUntilRevoked() {
        WebSession session = WebSession.signUp(port, accounts);
        session.get("/settings");

        WebSession.Page made = session.post("/settings/tokens", Map.of("name", "backup script"));
        assertThat(made.location()).endsWith("/settings");
        String page = session.get("/settings").body();
        Matcher secret = Pattern.compile("value=\"(kith_[A-Za-z0-9_-]+)\"").matcher(page);
        assertThat(secret.find()).isTrue();
        assertThat(accounts.authenticate(secret.group(1))).map(a -> a.id()).contains(session.accountId());
        assertThat(session.get("/settings").body()).contains("backup script").doesNotContain(secret.group(1));

        long id = accounts.tokens(session.accountId()).get(0).id();
        session.post("/settings/tokens/" + id + "/revoke", Map.of());
        assertThat(accounts.authenticate(secret.group(1))).isEmpty();
    }

    @Test
    void anotherAccountsTokenCannotBeRevoked() {
        WebSession owner = WebSession.signUp(port, accounts);
        String secret = accounts.newToken(owner.accountId(), "phone").secret();
        long id = accounts.tokens(owner.accountId()).get(0).id();
        WebSession other = WebSession.signUp(port, accounts);
        other.get("/settings");

        assertThat(other.post("/settings/tokens/" + id + "/revoke", Map.of()).status()).isEqualTo(404);
        assertThat(accounts.authenticate(secret)).isPresent();
        assertThat(other.get("/settings").body()).doesNotContain("phone");
    }
}
