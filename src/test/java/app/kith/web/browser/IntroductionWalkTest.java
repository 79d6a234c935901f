package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.intro.IntroQuery;
import app.kith.intro.IntroState;
import app.kith.intro.IntroStep;
import app.kith.intro.Introduction;
import app.kith.intro.Introductions;
import app.kith.intro.NewIntroduction;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An introduction from start to end in the browser: suggested from what someone is looking for,
 * both sides asked and agreeing, the introduction made with its message; and how one made two
 * weeks ago went, answered from Today; its pages shot on a phone and a desktop.
 */
class IntroductionWalkTest extends BrowserTest {

    @Test
    void aSuggestedIntroductionIsMadeAndItsOutcomeAnsweredOnToday() throws IOException {
        Accounts accounts = server.bean(Accounts.class);
        Account owner = accounts.create(OWNER, PASSWORD).account();
        LocalDate today = LocalDate.now(owner.settings().timeZone());
        People people = server.bean(People.class);
        Person sam = people.add(owner.id(), new PersonDraft("Sam Okafor", List.of("sam@example.com"), List.of(), null,
                null, null, null, null, null, List.of(), null, null, 30, List.of(), null, List.of("data engineering job")),
                today.minusDays(10));
        people.add(owner.id(), new PersonDraft("Priya Raman", List.of("priya@example.com"), List.of(), "Acme",
                "Head of Data", null, null, null, null, List.of("data engineering", "hiring"), null, null, 30, List.of(),
                null, List.of()), today.minusDays(10));
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);

        openPage("/people/" + sam.id());
        IntroductionsScreen intros = new IntroductionsScreen(driver);
        assertThat(intros.suggestions()).singleElement().asString().contains("Priya Raman", "data engineering");
        intros.proposeFirstSuggestion();
        assertThat(intros.only().getText()).contains("With Priya Raman", "Sam Okafor: not asked yet");
        assertThat(intros.message("To ask Sam whether they'd like to meet Priya (edit it, then copy or email)"))
                .startsWith("Hi Sam,").contains("I would love to introduce you to Priya Raman.");

        intros.step("Asked Sam", "Sam Okafor: asked on");
        intros.step("Sam agreed", "Sam Okafor agreed");
        intros.step("Asked Priya", "Priya Raman: asked on");
        intros.step("Priya agreed", "Both agreed: introduce them.");
        String label = "The introduction, to both of them (edit it, then copy or email)";
        assertThat(intros.message(label)).contains("Sam, meet Priya Raman. Priya, meet Sam Okafor.");
        assertThat(intros.mailto(label)).startsWith("mailto:sam@example.com,priya@example.com?subject=Introducing%20Sam");
        assertThat(shoot("person-introductions", "/people/" + sam.id())).isEmpty();

        openPage("/people/" + sam.id());
        intros.step("Introduce them", "Introduced on");
        assertThat(server.bean(Introductions.class).list(owner.id(), IntroQuery.all()).get(0).state())
                .isEqualTo(IntroState.INTRODUCED);

        // Two weeks on is not here yet (nothing is recorded after today): a pair introduced two weeks ago.
        long id = introducedTwoWeeksAgo(owner, today);
        openPage("/today");
        assertThat(intros.todayItem(id).getText()).contains("Ada Lovelace and Grace Hopper",
                "Did Ada and Grace meet? You introduced them 14 days ago.");
        assertThat(shoot("today-introduction", "/today")).isEmpty();
        TodayScreen plan = new TodayScreen(driver);
        plan.mark();
        intros.outcomeOnToday(id, "They met");

        assertThat(intros.todayItem(id).getText()).contains("✓ They met");
        assertThat(plan.reloaded()).as("answered in place").isFalse();
        Introduction after = server.bean(Introductions.class).get(owner.id(), id);
        assertThat(after.state()).isEqualTo(IntroState.MET);
        assertThat(shoot("introductions", "/introductions")).isEmpty();
    }

    /** Ada and Grace, both asked and agreeing, introduced 14 days ago: "did they meet?" is on Today. */
    private static long introducedTwoWeeksAgo(Account owner, LocalDate today) {
        People people = server.bean(People.class);
        Introductions introductions = server.bean(Introductions.class);
        LocalDate then = today.minusDays(14);
        Person ada = people.add(owner.id(), PersonDraft.named("Ada Lovelace"), today.minusDays(30));
        Person grace = people.add(owner.id(), PersonDraft.named("Grace Hopper"), today.minusDays(30));
        long id = introductions.propose(owner.id(), new NewIntroduction(ada.id(), grace.id(), "both build engines", then),
                today).id();
        for (IntroStep step : List.of(IntroStep.asked(ada.id(), then), IntroStep.asked(grace.id(), then),
                IntroStep.agreed(ada.id(), then), IntroStep.agreed(grace.id(), then), IntroStep.introduced(then, "email"))) {
            introductions.step(owner.id(), id, step, today);
        }
        return id;
    }
}
