package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.message.Messages;
import app.kith.message.NewTemplate;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Today, People, a person's page, Settings (with a message starter of one's own), Asks,
 * Introductions and Likely duplicates on a phone (375 px) and a desktop (1280 px), light and dark,
 * over the demo network: saved under target/screenshots/ to be looked at, and checked for what a
 * screenshot alone would not prove (nothing sticks out sideways on a phone, nothing needs
 * scrolling sideways on a desktop).
 */
class ScreenshotsTest extends BrowserTest {

    static long someone;

    @BeforeAll
    static void aNetworkToLookAt() throws IOException {
        long owner = signedInWithDemoNetwork();
        server.bean(Messages.class).add(owner, new NewTemplate("check-in", "My own check-in",
                "Hi {first name}, [still busy with {last topic}?|how have you been?] Coffee soon?"));
        open("/today");
        someone = new TodayScreen(driver).items().get(0).personId();
    }

    @AfterEach
    void desktopAndLight() {
        browser.viewport(Browser.DESKTOP_WIDTH);
        browser.colorScheme("light");
    }

    @Test
    void today() throws IOException {
        assertThat(shoot("today", "/today")).isEmpty();
    }

    @Test
    void people() throws IOException {
        assertThat(shoot("people", "/people")).isEmpty();
    }

    @Test
    void person() throws IOException {
        assertThat(shoot("person", "/people/" + someone)).isEmpty();
    }

    @Test
    void asksIntroductionsAndDuplicates() throws IOException {
        assertThat(shoot("asks", "/asks")).isEmpty();
        assertThat(shoot("introductions-demo", "/introductions")).isEmpty();
        assertThat(shoot("duplicates", "/people/duplicates")).isEmpty();
    }

    @Test
    void settings() throws IOException {
        assertThat(shoot("settings", "/settings")).isEmpty();
        assertThat(shoot("settings-password", "/settings/password")).isEmpty();
    }
}
