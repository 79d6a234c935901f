package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.message.Messages;
import app.kith.message.NewTemplate;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Today (with a birthday and a reply owed), People, adding a person, a person's page, Settings (with a message starter of one's own), Asks,
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
        // A birthday and someone waiting for a reply, so that Today shows those kinds of items too.
        People people = server.bean(People.class);
        LocalDate today = server.bean(Accounts.class).byId(owner).today(Clock.systemDefaultZone());
        people.add(owner, new PersonDraft("Bea Birthday", List.of("bea@example.com"), null, null, null, null, null,
                today.minusYears(41).toString(), null, null, "awesome", null, 90, null, null), today.minusDays(10));
        Person grace = people.add(owner, PersonDraft.named("Grace Reply").withRhythm(60), today.minusDays(200));
        server.bean(Touchpoints.class).log(owner, new NewTouchpoint(grace.id(), today.minusDays(3), "email", "in",
                "Would you look at the draft of my talk before Friday? Happy to return the favour."), today);
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
        assertThat(shoot("person-new", "/people/new")).isEmpty();
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
