package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.ask.Asks;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Who knows…?" in a real browser over the demo network and a few people of our own: a search
 * typed shows who may know, why and when you last spoke; one click asks them, and Undo takes it
 * back. Screenshots of the results at 375 and 1280 px, light and dark, under target/screenshots/.
 */
class WhoKnowsWalkTest extends BrowserTest {

    static long owner;
    static Person tom;
    static LocalDate today;

    @BeforeAll
    static void aNetworkWithATaxAdviser() {
        owner = signedInWithDemoNetwork();
        People people = server.bean(People.class);
        today = server.bean(Accounts.class).byId(owner).today(Clock.systemDefaultZone());
        tom = people.add(owner, new PersonDraft("Tom Baker", List.of(), List.of(), "Baker & Partners", "Tax adviser",
                "Lisbon", null, null, "Met at a startup weekend in 2021.", List.of("tax advice", "bookkeeping"),
                "connector", "Sorted out my tax return in an afternoon.", 90, List.of(), null), today.minusDays(100));
        server.bean(Touchpoints.class).log(owner, new NewTouchpoint(tom.id(), today.minusDays(12), "coffee", "out",
                "Talked about VAT for freelancers."), today);
        people.add(owner, PersonDraft.named("Sam Okafor").withLookingFor(List.of("an accountant who knows tax")),
                today.minusDays(30));
        people.add(owner, new PersonDraft("Ines Duarte", List.of(), List.of(), null, "Designer", "Porto", null, null, null,
                List.of("typography"), "awesome", "Did her own tax filing in Portugal; happy to share how.", 30,
                List.of(), null), today.minusDays(30));
    }

    @Test
    void aSearchTypedShowsWhoKnowsAndOneClickAsksThemWithUndo() throws IOException {
        openPage("/who");
        WhoScreen who = new WhoScreen(driver);

        who.searchFor("tax", "Tom Baker");

        assertThat(who.names()).contains("Ines Duarte");
        assertThat(who.why("Tom Baker")).contains("role: Tax adviser", "topics: tax advice");
        assertThat(who.lastSpoke("Tom Baker")).startsWith("Last spoke ");
        assertThat(driver.getCurrentUrl()).endsWith("/who?q=tax");
        assertThat(who.text("Tom Baker")).contains("Introduce to Sam Okafor", "looking for an accountant who knows tax");

        who.click("Tom Baker", "Ask Tom", "Asked Tom for help with tax");
        Asks asks = server.bean(Asks.class);
        var account = server.bean(Accounts.class).byId(owner);
        assertThat(asks.list(account, null, null, tom.id(), today)).extracting(a -> a.text()).containsExactly("help with tax");
        assertThat(shootAsItIs("who-asked")).isEmpty();

        who.click("Tom Baker", "Undo", "Ask Tom");
        assertThat(asks.list(account, null, null, tom.id(), today)).isEmpty();
    }

    @Test
    void resultsFitAPhoneAndADesktopInLightAndDark() throws IOException {
        assertThat(shootEveryWay("who-results", "/who?q=tax")).isEmpty();
        assertThat(shoot("who-empty", "/who")).isEmpty();
    }
}
