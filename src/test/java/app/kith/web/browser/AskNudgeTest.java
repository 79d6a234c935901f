package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.ask.AskState;
import app.kith.ask.Asks;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An ask nobody answers comes back on Today as a nudge, and is answered there. */
class AskNudgeTest extends BrowserTest {

    @Test
    void anAskIgnoredForEightDaysIsANudgeOnTodayAndIsAnsweredInPlace() {
        Accounts accounts = server.bean(Accounts.class);
        Account owner = accounts.create(OWNER, PASSWORD).account();
        LocalDate today = LocalDate.now(owner.settings().timeZone());
        Person sam = server.bean(People.class).add(owner.id(), PersonDraft.named("Sam Okafor").withRhythm(30),
                today.minusDays(10));
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);

        openPage("/people/" + sam.id());
        AsksScreen asks = new AsksScreen(driver);
        asks.ask("Sam", "an intro to your CFO", today.minusDays(8));
        assertThat(asks.listed()).singleElement().asString().contains("an intro to your CFO", "No answer for 8 days");

        openPage("/today");
        String askId = asks.onlyAskIdOnToday();
        assertThat(asks.todayItem(askId).getText())
                .contains("Sam Okafor", "You asked Sam for an intro to your CFO 8 days ago — a short follow-up?");

        TodayScreen plan = new TodayScreen(driver);
        plan.mark();
        asks.answerYesOnToday(askId);

        assertThat(asks.todayItem(askId).getText()).contains("✓ They said yes");
        assertThat(plan.reloaded()).as("answered in place").isFalse();
        assertThat(server.bean(Asks.class).get(accounts.byId(owner.id()), Long.parseLong(askId), today).state())
                .isEqualTo(AskState.YES);
    }
}
