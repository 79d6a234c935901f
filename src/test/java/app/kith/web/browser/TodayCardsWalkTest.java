package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.ask.Asks;
import app.kith.ask.NewAsk;
import app.kith.circle.Circles;
import app.kith.intro.IntroStep;
import app.kith.intro.Introductions;
import app.kith.intro.NewIntroduction;
import app.kith.person.FieldChange;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.person.ProfileChanges;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Today with one item of each kind (someone due, a birthday, a new job, a reply owed, an ask, an
 * introduction), each card with one action and the rest in its menu, shot on a phone and a
 * desktop, light and dark; "Show more" paging through the next ones; and the list finished. In
 * this order: each step acts on what the one before left.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TodayCardsWalkTest extends BrowserTest {

    static final int CAPACITY = 7;
    static final int NEXT_ONES = 11;

    @BeforeAll
    static void oneOfEachKind() {
        Accounts accounts = server.bean(Accounts.class);
        Account owner = accounts.create(OWNER, PASSWORD).account();
        long id = owner.id();
        accounts.setCapacity(id, CAPACITY);
        LocalDate today = LocalDate.now(owner.settings().timeZone());
        People people = server.bean(People.class);
        Touchpoints touchpoints = server.bean(Touchpoints.class);
        server.bean(Circles.class).add(id, "Monthly", 30);
        server.bean(Circles.class).add(id, "Clients", 60);

        Person ada = people.add(id, new PersonDraft("Ada Lovelace", List.of("ada@example.com"), null, "Analytical Engines",
                "Mathematician", null, null, null, null, null, "both", null, null, List.of("Monthly", "Clients"), null),
                today.minusDays(400));
        touchpoints.log(id, new NewTouchpoint(ada.id(), today.minusDays(62), "coffee", "out",
                "Talked about the analytical engine and her notes on Bernoulli numbers"), today);
        people.add(id, new PersonDraft("Bea Birthday", List.of("bea@example.com"), null, null, null, null, null,
                today.minusYears(41).toString(), null, null, "awesome", null, 90, null, null), today.minusDays(10));
        Person grace = people.add(id, PersonDraft.named("Grace Hopper").withRhythm(60), today.minusDays(200));
        touchpoints.log(id, new NewTouchpoint(grace.id(), today.minusDays(3), "email", "in",
                "Would you look at the draft of my talk before Friday?"), today);
        Person sam = people.add(id, PersonDraft.named("Sam Okafor").withRhythm(90), today.minusDays(100));
        server.bean(Asks.class).ask(owner, new NewAsk(sam.id(), "an intro to your CFO", today.minusDays(9), "email"), today);
        introducedTwoWeeksAgo(owner, today);
        newJobLearntByAReimport(id, today);
        for (int i = 0; i < NEXT_ONES + 1; i++) {
            Person due = people.add(id, new PersonDraft("Due Person " + (char) ('A' + i), null, null, null, null, null,
                    null, null, null, null, i % 3 == 0 ? "connector" : null, null, null, List.of("Monthly"), null),
                    today.minusDays(400));
            touchpoints.log(id, new NewTouchpoint(due.id(), today.minusDays(35 + i), "call", "out",
                    i % 2 == 0 ? "Their new role at the studio" : null), today);
        }
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
    }

    /**
     * Lin, a monthly connector last seen 55 days ago, was an Engineer at Acme; a LinkedIn re-import
     * two days ago said Staff Engineer at Stripe.
     */
    private static void newJobLearntByAReimport(long id, LocalDate today) {
        Person lin = server.bean(People.class).add(id, new PersonDraft("Lin Wei", List.of("lin@example.com"), null,
                "Stripe", "Staff Engineer", null, null, null, null, null, "connector", null, 30, null, null),
                today.minusDays(300));
        server.bean(Touchpoints.class).log(id, new NewTouchpoint(lin.id(), today.minusDays(55), "video", "out",
                "Swapped notes on hiring for platform teams"), today);
        server.bean(ProfileChanges.class).record(id, lin.id(), today.minusDays(2), "LinkedIn import", List.of(
                new FieldChange("role", "Engineer", "Staff Engineer"), new FieldChange("company", "Acme", "Stripe")));
    }

    private static void introducedTwoWeeksAgo(Account owner, LocalDate today) {
        People people = server.bean(People.class);
        Introductions introductions = server.bean(Introductions.class);
        LocalDate then = today.minusDays(14);
        Person min = people.add(owner.id(), PersonDraft.named("Min-jun Jang").withRhythm(90), today.minusDays(30));
        Person aoi = people.add(owner.id(), PersonDraft.named("Aoi Takahashi").withRhythm(90), today.minusDays(30));
        long id = introductions.propose(owner.id(), new NewIntroduction(min.id(), aoi.id(),
                "Aoi wants to learn about UX research, which Min-jun knows well", then), today).id();
        for (IntroStep step : List.of(IntroStep.asked(min.id(), then), IntroStep.asked(aoi.id(), then),
                IntroStep.agreed(min.id(), then), IntroStep.agreed(aoi.id(), then), IntroStep.introduced(then, "email"))) {
            introductions.step(owner.id(), id, step, today);
        }
    }

    @Test
    @Order(1)
    void eachCardOffersOneActionAndTheRestInItsMenu() throws IOException {
        openPage("/today");
        TodayScreen plan = new TodayScreen(driver);
        assertThat(driver.findElements(TodayScreen.ITEMS)).extracting(e -> e.getDomAttribute("data-kind") == null
                ? e.getDomAttribute("class") : e.getDomAttribute("data-kind"))
                .contains("birthday", "job-change", "reply", "item ask", "item intro", "person");
        for (TodayScreen.Item item : plan.items()) {
            assertThat(item.visibleButtons()).as(item.text()).hasSize(2).last().asString().startsWith("More for");
        }
        assertThat(plan.item("Ada Lovelace").orElseThrow().text()).contains("Awesome", "Connector", "Monthly", "Clients",
                "62 days since coffee", "Last: coffee,", "“Talked about the analytical engine");
        assertThat(plan.item("Lin Wei").orElseThrow().text()).contains("new job", "Connector",
                "Lin moved from Engineer at Acme to Staff Engineer at Stripe: congratulate them?");
        assertThat(plan.progress()).isEqualTo("0 of " + CAPACITY + " done");
        assertThat(shootEveryWay("today-cards", "/today")).isEmpty();

        assertThat(shootState("today-card-menu", false, () -> {
            openPage("/today");
            TodayScreen.openMenu(plan.item("Ada Lovelace").orElseThrow().element());
        })).isEmpty();
        assertThat(shootState("today-follow-up-menus", false, () -> {
            openPage("/today");
            TodayScreen.openMenu(driver.findElement(By.cssSelector("li.item.ask")));
            TodayScreen.openMenu(driver.findElement(By.cssSelector("li.item.intro")));
        })).isEmpty();
    }

    @Test
    @Order(2)
    void showMoreAddsTheNextOnesEachTimeUntilThereAreNoMore() throws IOException {
        openPage("/today");
        TodayScreen plan = new TodayScreen(driver);
        int listed = plan.items().size();
        plan.mark();

        plan.showMore();
        assertThat(plan.items()).hasSize(listed + CAPACITY);
        assertThat(driver.switchTo().activeElement().getDomAttribute("data-person-id")).as("the keyboard goes on to them")
                .isEqualTo(String.valueOf(plan.items().get(listed).personId()));
        plan.showMore();
        assertThat(plan.items()).hasSize(listed + NEXT_ONES);

        assertThat(plan.hasMore()).as("nobody else is due").isFalse();
        assertThat(plan.items()).extracting(TodayScreen.Item::personId).doesNotHaveDuplicates();
        assertThat(plan.reloaded()).as("added in place").isFalse();
        assertThat(shootAsItIs("today-show-more")).isEmpty();
    }

    @Test
    @Order(3)
    void aFinishedListSaysSoAndWhatTomorrowHolds() throws IOException {
        openPage("/today");
        TodayScreen plan = new TodayScreen(driver);
        List<TodayScreen.Item> items = plan.items();
        items.get(items.size() - 1).skip();
        assertThat(plan.progress()).isEqualTo("1 of " + CAPACITY + " handled · 1 skipped");
        for (TodayScreen.Item item : items.subList(0, items.size() - 1)) {
            assertThat(plan.finished()).isEmpty();
            item.primary();
        }

        assertThat(plan.progress()).isEqualTo(CAPACITY + " of " + CAPACITY + " handled · " + (CAPACITY - 1)
                + " done, 1 skipped");
        assertThat(plan.finished()).startsWith("All handled for today: " + (CAPACITY - 1) + " done, 1 skipped. Tomorrow: ");
        assertThat(driver.findElement(By.id("backlog")).getText()).contains("more people are due");
        assertThat(shootAsItIs("today-finished")).isEmpty();
    }
}
