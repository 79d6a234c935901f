package app.kith.web.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.ask.Ask;
import app.kith.ask.Asks;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.Dates;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Today tells the truth: "Show more" brings new people each time and stops, the counters follow
 * each action and count putting off apart from doing, a finished list says what tomorrow holds, a
 * day ahead is only a preview, and an ask is recorded from an item.
 */
@ServerTest
class TodayProgressPageTest {

    private static final Pattern ITEM = Pattern.compile("id=\"item-(\\d+)\"");
    private static final Pattern NEXT = Pattern.compile("<div id=\"show-more\"[^>]*>\\s*<a href=\"[^\"]+\" hx-get=\"([^\"]+)\"");

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

    private LocalDate today(WebSession session) {
        return accounts.byId(session.accountId()).today(clock);
    }

    /** Someone every {@code rhythm} days, last touched {@code daysAgo} days ago. */
    private Person touched(WebSession session, String name, int rhythm, int daysAgo) {
        LocalDate today = today(session);
        Person p = people.add(session.accountId(), PersonDraft.named(name).withRhythm(rhythm), today.minusDays(400));
        touchpoints.log(session.accountId(), new NewTouchpoint(p.id(), today.minusDays(daysAgo), "call", "out", null), today);
        return p;
    }

    /** {@code count} monthly people, the first the most overdue. */
    private List<Person> due(WebSession session, int count) {
        List<Person> due = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            due.add(touched(session, "Person " + (char) ('A' + i), 30, 60 - i));
        }
        return due;
    }

    private static List<Long> items(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ITEM.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    /** The address the "Show more" button asks htmx for; null when there is none. */
    private static String next(String html) {
        Matcher m = NEXT.matcher(html);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    @Test
    void showMoreBringsNewPeopleEachTimeAndGoesWhenNobodyElseIsDue() {
        WebSession session = WebSession.signUp(port, accounts);
        List<Person> due = due(session, 13);
        String page = session.get("/today").body();
        List<Long> listed = items(page);
        assertThat(listed).hasSize(5);

        WebSession.Page first = session.htmx(next(page));
        WebSession.Page second = session.htmx(next(first.body()));

        assertThat(first.isFullPage()).isFalse();
        assertThat(items(first.body())).hasSize(5).doesNotContainAnyElementsOf(listed);
        assertThat(items(second.body())).hasSize(3).doesNotContainAnyElementsOf(listed)
                .doesNotContainAnyElementsOf(items(first.body()));
        assertThat(next(second.body())).as("nobody else is due").isNull();
        assertThat(second.body()).contains("<div id=\"show-more\" hx-swap-oob=\"true\">");
        List<Long> everyone = new ArrayList<>(listed);
        everyone.addAll(items(first.body()));
        everyone.addAll(items(second.body()));
        assertThat(everyone).containsExactlyInAnyOrderElementsOf(due.stream().map(Person::id).toList());
    }

    @Test
    void actingOnOneOfTheNextOnesSkipsNobodyAfterThem() {
        WebSession session = WebSession.signUp(port, accounts);
        due(session, 13);
        LocalDate today = today(session);
        WebSession.Page first = session.htmx(next(session.get("/today").body()));
        long actedOn = items(first.body()).get(0);

        session.htmxPost("/today/" + actedOn + "/done", Map.of("date", today.toString(), "channel", "call"));
        WebSession.Page second = session.htmx(next(first.body()));

        assertThat(items(second.body())).hasSize(3).doesNotContainAnyElementsOf(items(first.body()));
    }

    @Test
    void withoutJavaScriptShowMoreLoadsTheListWithTheNextOnes() {
        WebSession session = WebSession.signUp(port, accounts);
        due(session, 13);

        String page = session.get("/today?more=5").body();

        assertThat(items(page)).hasSize(10).doesNotHaveDuplicates();
        assertThat(page).contains("<h2 class=\"more-heading\" id=\"more-heading\">Next ones</h2>",
                "href=\"/today?date=" + today(session) + "&amp;more=10\"");
    }

    @Test
    void theCountersFollowEachActionAndPuttingOffIsNotDoing() {
        WebSession session = WebSession.signUp(port, accounts);
        List<Person> due = due(session, 7);
        String day = today(session).toString();
        assertThat(session.get("/today").body()).contains("0 of 5 done", "2 more people are due");

        assertThat(session.htmxPost("/today/" + due.get(0).id() + "/done", Map.of("date", day)).body())
                .contains("<p id=\"progress\" hx-swap-oob=\"true\">1 of 5 done</p>");
        assertThat(session.htmxPost("/today/" + due.get(1).id() + "/skip", Map.of("date", day)).body())
                .contains("<p id=\"progress\" hx-swap-oob=\"true\">2 of 5 handled · 1 done, 1 skipped</p>");
        assertThat(session.htmxPost("/today/" + due.get(2).id() + "/snooze", Map.of("date", day, "until", "1w")).body())
                .contains("3 of 5 handled · 1 done, 1 skipped, 1 snoozed");
        WebSession.Page fromTheNextOnes = session.htmxPost("/today/" + due.get(6).id() + "/done", Map.of("date", day));

        assertThat(fromTheNextOnes.body()).contains("3 of 5 handled",
                "<p id=\"backlog\" class=\"note\" hx-swap-oob=\"true\">1 more person is due.");
    }

    @Test
    void aFinishedListSaysSoAndWhatTomorrowHolds() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = touched(session, "Ada Lovelace", 30, 45);
        Person grace = touched(session, "Grace Hopper", 30, 40);
        touched(session, "Alan Turing", 3, 2);
        String day = today(session).toString();
        assertThat(session.htmxPost("/today/" + ada.id() + "/done", Map.of("date", day)).body())
                .contains("<p id=\"finished\" class=\"finished\" role=\"status\" hx-swap-oob=\"true\"></p>");

        WebSession.Page last = session.htmxPost("/today/" + grace.id() + "/skip", Map.of("date", day));

        assertThat(last.body()).contains("All handled for today: 1 done, 1 skipped. Tomorrow: 2 people.");
        assertThat(session.get("/today").body()).contains("2 of 2 handled · 1 done, 1 skipped",
                "All handled for today: 1 done, 1 skipped. Tomorrow: 2 people.");
    }

    @Test
    void everythingDoneSaysAllDone() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = touched(session, "Ada Lovelace", 30, 45);

        WebSession.Page done = session.htmxPost("/today/" + ada.id() + "/done", Map.of("date", today(session).toString()));

        assertThat(done.body()).contains("All done for today. Nothing is planned for tomorrow yet.");
    }

    @Test
    void aDayAheadIsAPreviewWithNothingToActOn() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = touched(session, "Ada Lovelace", 30, 45);
        LocalDate tomorrow = today(session).plusDays(1);

        String page = session.get("/today?date=" + tomorrow).body();

        assertThat(items(page)).containsExactly(ada.id());
        assertThat(page).contains("A preview: the plan for " + Dates.weekday(tomorrow) + " as it stands now")
                .doesNotContain("/today/" + ada.id() + "/", "class=\"menu\"", "of 1 done");
        assertThat(session.get("/today").body()).contains("action=\"/today/" + ada.id() + "/done\"")
                .doesNotContain("A preview");
    }

    @Test
    void anAskRecordedFromAnItemIsAskedOnThePlansDayAndChecksTheItemOff() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = touched(session, "Ada Lovelace", 30, 45);
        LocalDate yesterday = today(session).minusDays(1);

        WebSession.Page asked = session.htmxPost("/today/" + ada.id() + "/asks",
                Map.of("date", yesterday.toString(), "text", "an intro to your CFO"));

        assertThat(asked.isFullPage()).isFalse();
        assertThat(asked.body()).contains("class=\"item done\"", "✓ Asked: an intro to your CFO",
                "hx-swap-oob=\"true\">1 of 1 done");
        List<Ask> recorded = asks.list(accounts.byId(session.accountId()), null, null, ada.id(), today(session));
        assertThat(recorded).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("an intro to your CFO");
            assertThat(a.askedOn()).isEqualTo(yesterday);
        });
    }

    @Test
    void anAskRecordedTodayIsTakenBackByItsUndoInPlaceAndAfterAReload() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = touched(session, "Ada Lovelace", 30, 45);
        String today = today(session).toString();
        Account account = accounts.byId(session.accountId());

        WebSession.Page asked = session.htmxPost("/today/" + ada.id() + "/asks", Map.of("date", today, "text", "a coffee"));
        long askId = asks.list(account, null, null, ada.id(), today(session)).get(0).id();
        assertThat(asked.body()).contains("action=\"/today/" + ada.id() + "/undo-ask\"", "value=\"" + askId + "\"")
                .doesNotContain("/undo-done");

        WebSession.Page undone = session.htmxPost("/today/" + ada.id() + "/undo-ask",
                Map.of("date", today, "ask", String.valueOf(askId)));
        assertThat(undone.body()).contains("action=\"/today/" + ada.id() + "/done\"").doesNotContain("✓ Asked");
        assertThat(asks.list(account, null, null, ada.id(), today(session))).isEmpty();

        session.htmxPost("/today/" + ada.id() + "/asks", Map.of("date", today, "text", "a second coffee"));
        assertThat(session.get("/today").body()).as("reloaded").contains("action=\"/today/" + ada.id() + "/undo-ask\"");
    }

    @Test
    void anEmptyAskIsRefusedAndAnotherAccountsPersonCannotBeAsked() {
        WebSession owner = WebSession.signUp(port, accounts);
        Person ada = touched(owner, "Ada Lovelace", 30, 45);
        WebSession other = WebSession.signUp(port, accounts);
        other.get("/today");

        assertThat(owner.htmxPost("/today/" + ada.id() + "/asks", Map.of("text", " ")).status()).isEqualTo(400);
        assertThat(other.htmxPost("/today/" + ada.id() + "/asks", Map.of("text", "a favour")).status()).isEqualTo(404);
        assertThat(asks.list(accounts.byId(owner.accountId()), null, null, ada.id(), today(owner))).isEmpty();
    }
}
