package app.kith.web.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.ask.Answer;
import app.kith.ask.Ask;
import app.kith.ask.Asks;
import app.kith.ask.NewAsk;
import app.kith.insight.Insights;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.WebSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Insights page on a small network: two Monthly people (one in rhythm, one overdue), an ask
 * answered yes, a dormant tie with a name that is markup, and a data engineer touched once.
 */
@ServerTest
class InsightsPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Touchpoints touchpoints;

    @Autowired
    Asks asks;

    @Autowired
    Clock clock;

    WebSession owner;
    LocalDate today;

    private void touch(Person p, LocalDate on, String direction, String note) {
        touchpoints.log(owner.accountId(), new NewTouchpoint(p.id(), on, "email", direction, note), today);
    }

    @BeforeEach
    void network() {
        owner = WebSession.signUp(port, accounts);
        long id = owner.accountId();
        today = accounts.byId(id).today(clock);
        Person kept = people.add(id, PersonDraft.named("Kept Keen").withCircles(List.of("Monthly")), today.minusDays(60));
        people.add(id, PersonDraft.named("Late Larry").withCircles(List.of("Monthly")), today.minusDays(60));
        touch(kept, today.minusDays(1), "out", null);
        touch(kept, today.minusDays(2), "in", null);
        Ask ask = asks.ask(accounts.byId(id), new NewAsk(kept.id(), "an intro to a printer", today.minusDays(1), null), today);
        asks.answer(accounts.byId(id), ask.id(), Answer.parse("yes", null), today, today);
        Person script = people.add(id, PersonDraft.named("<script>alert('x')</script>"), today.minusYears(3));
        for (int months = 30; months >= 24; months -= 3) {
            touch(script, today.minusMonths(months), "out", "<b>bold</b> plans");
        }
        Person wendy = people.add(id, new PersonDraft("Wendy Ng", null, null, "Acme", "Data Engineer", null, null, null,
                null, null, null, null, null, null, null), today.minusYears(1));
        touch(wendy, today.minusDays(100), "in", null);
    }

    @Test
    void theFiguresAreDrawnAndWrittenOut() {
        WebSession.Page page = owner.get("/insights");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<strong>50 %</strong> in rhythm · 1 of 2 tracked",
                "<a href=\"/insights\" aria-current=\"page\">Insights</a>",
                "Nobody said no. Of 1 ask, 1 got a yes",
                "1-day streak",
                "3 touchpoints, last",
                "Write to them",
                "/insights/week");
        assertThat(page.body()).containsPattern("<polyline class=\"series\" points=\"[0-9., ]+\"/>")
                .containsPattern("<rect class=\"bar out\" x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"[0-9.]+\" height=\"[0-9.]+\">");
    }

    @Test
    void everyChartHasATextAlternativeWithItsFigures() {
        String body = owner.get("/insights").body();

        assertThat(body).contains("role=\"img\" aria-labelledby=\"trend-title trend-desc\"",
                "<title id=\"trend-title\">In rhythm over the last 12 months</title>",
                "role=\"img\" aria-labelledby=\"weeks-title weeks-desc\"",
                "<title id=\"weeks-title\">Touchpoints per week, out against in</title>",
                "50 % now.</desc>",
                "<summary>The figures</summary>");
        // Asking is a contact and its yes a reply: the ask adds one out and one in to the two logged.
        assertThat(body).contains("<desc id=\"weeks-desc\">Over the last 12 weeks, 2 touchpoints you started or shared"
                + " and 2 they started. Week by week, out against in: ");
    }

    @Test
    void aGoalFindsWeakTiesAndSaysWhatMatched() {
        String body = owner.get("/insights?goal=" + URLEncoder.encode("looking for work in data engineering",
                StandardCharsets.UTF_8)).body();

        assertThat(body).contains("Wendy Ng", "1 touchpoint, last", "Matched <strong>data, engineer</strong> in role");
        assertThat(owner.get("/insights?goal=knitting").body()).contains("Nobody with a few touchpoints fits “knitting”");
    }

    @Test
    void aGoalTooLongIsRefusedNextToItsField() {
        WebSession.Page page = owner.get("/insights?goal=" + "x".repeat(Insights.MAX_GOAL + 1));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"goal-error\" class=\"error\" role=\"alert\">What you are after is too long: "
                + (Insights.MAX_GOAL + 1) + " characters, at most " + Insights.MAX_GOAL, "aria-invalid=\"true\"",
                "in rhythm · 1 of 2 tracked");
    }

    @Test
    void userTextIsEscaped() {
        String body = owner.get("/insights").body();

        assertThat(body).contains("&lt;script&gt;alert('x')&lt;/script&gt;", "&lt;b&gt;bold&lt;/b&gt; plans")
                .doesNotContain("<script>alert", "<b>bold</b>");
    }

    @Test
    void anotherAccountSeesNoneOfIt() {
        WebSession other = WebSession.signUp(port, accounts);

        String body = other.get("/insights?goal=data").body();

        assertThat(body).doesNotContain("Kept Keen", "Wendy Ng", "alert(", "printer", "in rhythm ·");
        assertThat(body).contains("Nothing to draw yet.", "Add someone", "Import contacts").doesNotContain("<svg class=\"chart");
    }

    @Test
    void peopleWithoutRhythmsOrTouchpointsGetACalmPageThatSaysWhatToDo() {
        WebSession fresh = WebSession.signUp(port, accounts);
        people.add(fresh.accountId(), PersonDraft.named("Just Added"), today);

        String body = fresh.get("/insights").body();

        assertThat(body).contains("Nobody has a rhythm yet.", "No touchpoints in the last 12 weeks.",
                "No streak yet", "No asks yet.", "No introductions yet.", "Nobody has gone quiet for that long.")
                .doesNotContain("<svg class=\"chart");
    }
}
