package app.kith.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.account.AuthenticatorApp;
import app.kith.account.TwoFactor;
import app.kith.api.ServerTest;
import app.kith.web.WebSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Settings → Two-factor sign-in through the real forms: on with a code, codes shown once, off with the password. */
@ServerTest
class TwoFactorSettingsTest {

    private static final Pattern KEY = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)</textarea>");
    private static final Pattern CODES = Pattern.compile("id=\"recovery-codes\"[^>]*>([^<]*)</textarea>");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    TwoFactor twoFactor;

    @Test
    void turnedOnWithACodeTheRecoveryCodesAreShownOnceAndTheOtherKeptDevicesEnd() {
        WebSession session = WebSession.signUp(port, accounts);
        long id = session.accountId();
        String email = accounts.byId(id).email();
        WebSession.signIn(port, id, email, WebSession.PASSWORD, true); // another device, kept signed in
        assertThat(session.get("/settings").body()).contains("Two-factor sign-in", "Set it up");

        session.get("/settings/two-factor");
        assertThat(session.post("/settings/two-factor/start", Map.of()).location()).isEqualTo("/settings/two-factor");
        String setup = session.get("/settings/two-factor").body();
        Matcher key = KEY.matcher(setup);
        assertThat(key.find()).isTrue();
        assertThat(setup).contains("src=\"data:image/svg+xml;base64,", "otpauth://totp/Kith%3A");
        AuthenticatorApp app = new AuthenticatorApp(key.group(1));

        WebSession.Page wrong = session.post("/settings/two-factor/confirm", Map.of("code", "12345"));
        assertThat(wrong.errorOf("code")).startsWith("That is not the code your app shows now");
        assertThat(twoFactor.asked(id)).isFalse();

        assertThat(session.post("/settings/two-factor/confirm", Map.of("code", app.codeAt(Instant.now()))).location())
                .isEqualTo("/settings/two-factor");
        String shown = session.get("/settings/two-factor").body();
        Matcher codes = CODES.matcher(shown);
        assertThat(codes.find()).isTrue();
        List<String> recovery = new ArrayList<>(List.of(codes.group(1).strip().split("\n")));
        assertThat(recovery).hasSize(10);
        assertThat(twoFactor.asked(id)).isTrue();
        assertThat(accounts.rememberMe().count(id)).as("kept without a code: ended").isZero();
        assertThat(session.get("/settings/two-factor").body()).as("shown once").doesNotContain(recovery.get(0))
                .contains("10 of 10 recovery codes left");
        assertThat(session.get("/settings").body()).contains("10 recovery codes left");

        session.post("/settings/two-factor/codes", Map.of());
        Matcher fresh = CODES.matcher(session.get("/settings/two-factor").body());
        assertThat(fresh.find()).isTrue();
        assertThat(fresh.group(1)).doesNotContain(recovery.get(0));
        assertThat(twoFactor.check(id, recovery.get(0)).accepted()).as("replaced").isFalse();
    }

    @Test
    void turningOffTakesThePasswordAndAWrongOneIsSaid() {
        WebSession session = WebSession.signUp(port, accounts);
        long id = session.accountId();
        twoFactor.confirm(id, new AuthenticatorApp(twoFactor.begin(id).secret()).codeAt(Instant.now()));
        session.get("/settings/two-factor");

        WebSession.Page wrong = session.post("/settings/two-factor/off", Map.of("confirm", "not my password"));
        assertThat(wrong.errorOf("confirm")).isEqualTo("That is neither your password nor a current code.");
        assertThat(twoFactor.asked(id)).isTrue();
        assertThat(session.post("/settings/two-factor/off", Map.of("confirm", "")).errorOf("confirm"))
                .isEqualTo("Type your password or a code from your app.");

        assertThat(session.post("/settings/two-factor/off", Map.of("confirm", WebSession.PASSWORD)).location())
                .isEqualTo("/settings/two-factor");
        assertThat(twoFactor.asked(id)).isFalse();
        assertThat(session.get("/settings/two-factor").body()).contains("your password signs you in alone", "Set up two-factor sign-in");
    }
}
