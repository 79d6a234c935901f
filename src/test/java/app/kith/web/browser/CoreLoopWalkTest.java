package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A first morning with a new Kith, in a real browser, from first-run setup to signing out. */
class CoreLoopWalkTest extends BrowserTest {

    @Test
    void firstRunToALoggedTouchpointAndOut() {
        open("/today");
        assertThat(path()).as("a new Kith asks for its owner").isEqualTo("/setup");
        new SetupScreen(driver).createOwner(OWNER, PASSWORD);
        assertThat(path()).as("signed in after setup").isEqualTo("/today");

        LocalDate today = LocalDate.now(server.bean(Accounts.class).byEmail(OWNER).settings().timeZone());
        open("/people/new");
        new AddPersonScreen(driver).add("Ada Lovelace", "Monthly", today.minusDays(40));

        open("/today");
        FirstRunScreen start = new FirstRunScreen(driver);
        assertThat(start.isShown()).as("a new Kith starts with its checklist, until the user goes on to Today").isTrue();
        start.goToToday();
        TodayScreen plan = new TodayScreen(driver);
        TodayScreen.Item ada = plan.item("Ada Lovelace").orElseThrow(() -> new AssertionError(
                "monthly and last in touch 40 days ago, so due: not on Today, which lists " + plan.items().size() + " items"));
        assertThat(ada.isDone()).isFalse();

        plan.mark();
        ada.done("Coffee", "Talked about the analytical engine");
        assertThat(ada.text()).contains("✓ Done");
        assertThat(plan.reloaded()).as("checked off in place, without loading the page again").isFalse();

        open("/people/" + ada.personId());
        PersonScreen person = new PersonScreen(driver);
        assertThat(person.heading()).contains("Ada Lovelace");
        assertThat(person.timeline()).first().asString().contains("Talked about the analytical engine");

        person.signOut();
        assertThat(path()).isEqualTo("/login");
        open("/today");
        assertThat(path()).as("Today needs signing in again").isEqualTo("/login");
    }
}
