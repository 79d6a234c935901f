package app.kith.web.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The weekly review page, on last week (so that the test does not depend on the weekday it runs
 * on): someone with a name that is markup reconnected after 200 days, and Fay, due in three days,
 * is coming up this week.
 */
@ServerTest
class WeekPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Touchpoints touchpoints;

    @Autowired
    Clock clock;

    WebSession owner;
    LocalDate today;
    LocalDate lastWeek;

    @BeforeEach
    void network() {
        owner = WebSession.signUp(port, accounts);
        long id = owner.accountId();
        today = accounts.byId(id).today(clock);
        lastWeek = today.with(DayOfWeek.MONDAY).minusWeeks(1);
        Person script = people.add(id, PersonDraft.named("<script>alert(1)</script>"), today.minusYears(2));
        touchpoints.log(id, new NewTouchpoint(script.id(), lastWeek.minusDays(200), "call", "out", null), today);
        touchpoints.log(id, new NewTouchpoint(script.id(), lastWeek.plusDays(1), "call", "in", null), today);
        Person fay = people.add(id, PersonDraft.named("Fay Coming").withRhythm(30), today.minusDays(40));
        touchpoints.log(id, new NewTouchpoint(fay.id(), today.minusDays(27), "email", "out", null), today);
    }

    @Test
    void aPastWeekShowsWhatWasDoneAndWhoWasReconnectedWith() {
        WebSession.Page page = owner.get("/insights/week?week=" + lastWeek);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<strong>1 touchpoint with 1 person</strong>",
                "role=\"img\" aria-labelledby=\"days-title days-desc\"",
                "<title id=\"days-title\">Touchpoints day by day, out against in</title>",
                "<desc id=\"days-desc\">Touchpoints day by day, out against in: Mon 0/0, Tue 0/1, Wed 0/0",
                "over 90 days for someone without a rhythm",
                "after 7 months (no rhythm)",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "<a href=\"/insights/week?week=" + lastWeek.plusWeeks(1) + "\">Week after →</a>")
                .doesNotContain("<script>alert", "Coming up");
    }

    @Test
    void thisWeekLooksAheadAtTheNextSevenDays() {
        String body = owner.get("/insights/week").body();

        assertThat(body).contains("This week", "Coming up: the next 7 days", "Fay Coming")
                .doesNotContain("Week after");
    }

    @Test
    void aWeekThatIsNotAMondaysIsRefusedSayingWhy() {
        WebSession.Page page = owner.get("/insights/week?week=" + lastWeek.plusDays(1));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("week is the Monday a week starts on");
        assertThat(owner.get("/insights/week?week=soon").body()).contains("week must be a date like 2026-03-01");
    }

    @Test
    void anotherAccountSeesNoneOfIt() {
        WebSession other = WebSession.signUp(port, accounts);

        String body = other.get("/insights/week?week=" + lastWeek).body();

        assertThat(body).doesNotContain("alert(1)", "Fay Coming").contains("No touchpoints that week.");
        assertThat(other.get("/insights/week").body()).doesNotContain("Fay Coming").contains("Nothing planned.");
    }
}
