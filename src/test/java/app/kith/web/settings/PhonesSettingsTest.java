package app.kith.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.account.AppPasswords;
import app.kith.api.ServerTest;
import app.kith.web.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class PhonesSettingsTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AppPasswords appPasswords;

    @Test
    void aDevicesPasswordIsShownOnceWithTheServerAndUserNameAndSignsInAPhone() throws Exception {
        WebSession session = WebSession.signUp(port, accounts);
        String email = accounts.byId(session.accountId()).email();
        session.get("/settings");

        WebSession.Page made = session.post("/settings/phones", Map.of("name", "Anna's iPhone"));
        assertThat(made.location()).endsWith("/settings#phones");
        String page = session.get("/settings").body();
        assertThat(page).contains("Type these into “Anna's iPhone”", ":" + port + "/dav/\"",
                "value=\"" + email + "\"");
        Matcher password = Pattern.compile("id=\"dav-password\" type=\"text\" readonly value=\"([a-z0-9-]+)\"").matcher(page);
        assertThat(password.find()).isTrue();
        assertThat(propfind(email, password.group(1))).isEqualTo(207);

        String again = session.get("/settings").body();
        assertThat(again).doesNotContain(password.group(1)).contains("<strong>Anna's iPhone</strong>").as("last used: just now, by the phone").doesNotContain("last used never");
    }

    @Test
    void aRevokedDeviceCanSignInNoMore() throws Exception {
        WebSession session = WebSession.signUp(port, accounts);
        String email = accounts.byId(session.accountId()).email();
        String password = appPasswords.create(session.accountId(), "Old Pixel").password();
        assertThat(propfind(email, password)).isEqualTo(207);
        long id = appPasswords.list(session.accountId()).get(0).id();
        session.get("/settings");

        session.post("/settings/phones/" + id + "/revoke", Map.of());

        assertThat(appPasswords.list(session.accountId())).isEmpty();
        assertThat(propfind(email, password)).isEqualTo(401);
    }

    @Test
    void aDeviceWithoutANameIsRefusedNamingTheField() {
        WebSession session = WebSession.signUp(port, accounts);
        session.get("/settings");
        session.post("/settings/phones", Map.of("name", "  "));
        assertThat(session.get("/settings").body()).contains("id=\"phoneName-error\"");
        assertThat(appPasswords.list(session.accountId())).isEmpty();
    }

    private int propfind(String email, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dav/"))
                .method("PROPFIND", HttpRequest.BodyPublishers.noBody()).header("Depth", "0")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
