package app.kith.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.web.WebSession;
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
    void theDefaultRhythmTheFollowUpShareAndTheReplyWindowAreSavedAndAnEmptyDefaultIsNone() {
        WebSession session = WebSession.signUp(port, accounts);
        assertThat(session.get("/settings").body()).contains("<label for=\"defaultRhythmDays\">Default rhythm of new people (days)</label>",
                "id=\"defaultRhythmDays\" name=\"defaultRhythmDays\" type=\"number\" min=\"1\" max=\"3650\" value=\"30\"",
                "id=\"followUpShare\" name=\"followUpShare\" type=\"number\" min=\"0\" max=\"100\" required value=\"50\"",
                "id=\"replyWindowDays\" name=\"replyWindowDays\" type=\"number\" min=\"2\" max=\"365\" required value=\"14\"");

        session.post("/settings", Map.of("capacity", "5", "timeZone", "UTC", "defaultRhythmDays", "",
                "followUpShare", "40", "replyWindowDays", "21"));

        app.kith.account.Settings saved = accounts.byId(session.accountId()).settings();
        assertThat(saved.defaultRhythmDays()).isNull();
        assertThat(saved.followUpShare()).isEqualTo(40);
        assertThat(saved.replyWindowDays()).isEqualTo(21);
        session.post("/settings", Map.of("capacity", "6", "timeZone", "UTC"));
        assertThat(accounts.byId(session.accountId()).settings().followUpShare()).as("left out: kept").isEqualTo(40);
    }

    @Test
    void yourNameIsSavedShownAndClearedWhenEmptied() {
        WebSession session = WebSession.signUp(port, accounts);
        assertThat(session.get("/settings").body()).contains("<label for=\"yourName\">Your name</label>",
                "id=\"yourName\" name=\"yourName\" type=\"text\" maxlength=\"100\" autocomplete=\"name\" value=\"\"");

        session.post("/settings", Map.of("capacity", "5", "timeZone", "UTC", "yourName", "  Ana <Rivera> "));

        assertThat(accounts.byId(session.accountId()).settings().yourName()).isEqualTo("Ana <Rivera>");
        assertThat(session.get("/settings").body()).contains("value=\"Ana &lt;Rivera").doesNotContain("<Rivera");
        session.post("/settings", Map.of("capacity", "6", "timeZone", "UTC"));
        assertThat(accounts.byId(session.accountId()).settings().yourName()).as("left out: kept").isEqualTo("Ana <Rivera>");
        session.post("/settings", Map.of("capacity", "6", "timeZone", "UTC", "yourName", ""));
        assertThat(accounts.byId(session.accountId()).settings().yourName()).isNull();
    }

    @Test
    void aTooLongNameIsShownNextToItsFieldWithTheOtherErrorsAndSavesNothing() {
        WebSession session = WebSession.signUp(port, accounts);

        String page = session.post("/settings", Map.of("capacity", "0", "timeZone", "UTC", "yourName", "A".repeat(101)))
                .body();

        assertThat(page).contains("id=\"yourName-error\"", "Your name is too long: 101 characters, at most 100",
                "Capacity must be between 1 and 100", "value=\"" + "A".repeat(101) + "\"");
        assertThat(accounts.byId(session.accountId()).settings().yourName()).isNull();
    }

    @Test
    void aShareOverAHundredIsShownNextToItsFieldAndSavesNothing() {
        WebSession session = WebSession.signUp(port, accounts);

        String page = session.post("/settings", Map.of("capacity", "9", "timeZone", "UTC", "followUpShare", "150")).body();

        assertThat(page).contains("The share of follow-ups must be between 0 and 100, not 150", "value=\"150\"");
        assertThat(accounts.byId(session.accountId()).settings().capacity()).isEqualTo(5);
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
        assertThat(other.get("/settings").body()).doesNotContain("<td>phone</td>");
    }
}
