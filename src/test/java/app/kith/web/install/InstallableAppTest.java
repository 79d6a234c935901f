package app.kith.web.install;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Kith can be added to a phone's home screen: every page names its manifest, and the manifest and its icons load. */
@ServerTest
class InstallableAppTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void everyPageNamesTheManifestAndTheThemeColour() {
        WebSession.Page today = WebSession.signUp(port, accounts).get("/today");
        WebSession.Page login = WebSession.anonymous(port).get("/login");

        for (WebSession.Page page : new WebSession.Page[] {today, login}) {
            assertThat(page.body()).contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">")
                    .contains("<meta name=\"theme-color\" content=\"#2f6f5e\">")
                    .contains("<link rel=\"apple-touch-icon\" href=\"/icons/kith-192.png\">");
        }
    }

    @Test
    void theManifestOpensTodayFullScreenWithIconsABrowserCanLoadWithoutSigningIn() {
        WebSession anonymous = WebSession.anonymous(port);
        WebSession.Page manifest = anonymous.get("/manifest.webmanifest");

        assertThat(manifest.status()).isEqualTo(200);
        assertThat(manifest.header("Content-Type")).startsWith("application/manifest+json");
        JsonNode json = JsonMapper.builder().build().readTree(manifest.body());
        assertThat(json.get("name").asString()).isEqualTo("Kith");
        assertThat(json.get("start_url").asString()).isEqualTo("/today");
        assertThat(json.get("display").asString()).isEqualTo("standalone");
        assertThat(json.get("icons")).hasSize(3);
        for (JsonNode icon : json.get("icons")) {
            WebSession.Page image = anonymous.get(icon.get("src").asString());
            assertThat(image.status()).as(icon.get("src").asString()).isEqualTo(200);
            assertThat(image.header("Content-Type")).isEqualTo("image/png");
        }
        assertThat(json.get("icons").findValuesAsString("sizes")).contains("192x192", "512x512");
        assertThat(json.get("icons").findValuesAsString("purpose")).containsExactly("maskable");
    }
}
