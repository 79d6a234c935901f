package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.reminder.Reminder;
import app.kith.reminder.Reminders;
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

/**
 * A reminder set on a person's page, and a key date: one for today is a card on Today, done from
 * there; the one for tomorrow is on tomorrow's plan once today's is dealt with; the key date is a
 * card on its day. Shot on a phone and a desktop, light and dark. In this order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemindersWalkTest extends BrowserTest {

    static long owner;
    static LocalDate today;
    static Person ada;
    static Person grace;

    @BeforeAll
    static void twoPeople() {
        Accounts accounts = server.bean(Accounts.class);
        Account account = accounts.create(OWNER, PASSWORD).account();
        owner = account.id();
        today = LocalDate.now(account.settings().timeZone());
        People people = server.bean(People.class);
        ada = people.add(owner, new PersonDraft("Ada Lovelace", List.of("ada@example.com"), null,
                "Analytical Engines", "Mathematician", null, null, null, null, null, "both", null, 30, null, null),
                today.minusDays(100));
        server.bean(Touchpoints.class).log(owner, new NewTouchpoint(ada.id(), today.minusDays(10), "coffee", "out",
                "Talked about her notes on Bernoulli numbers"), today);
        grace = people.add(owner, PersonDraft.named("Grace Hopper").withRhythm(60), today.minusDays(100));
        server.bean(Touchpoints.class).log(owner, new NewTouchpoint(grace.id(), today.minusDays(5), "call", "out",
                null), today);
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
    }

    @Test
    @Order(1)
    void remindersAndAKeyDateAreSetOnThePersonsPage() throws IOException {
        openPage("/people/" + ada.id());
        RemindersScreen section = new RemindersScreen(driver);
        section.remind("Ada", today.plusDays(1), "send Ada the article on the engine");
        section.remind("Ada", today, "ask how the translation is going");
        section.addDate("work anniversary", today.minusYears(3), false);

        assertThat(section.listed()).hasSize(3);
        assertThat(section.listed().get(0)).contains("ask how the translation is going", "on Today");
        assertThat(section.listed().get(1)).contains("send Ada the article on the engine", "tomorrow");
        assertThat(section.listed().get(2)).contains("work anniversary", "every year since " + today.minusYears(3).getYear());
        assertThat(shootEveryWay("reminders-person", "/people/" + ada.id() + "#reminders")).isEmpty();
    }

    @Test
    @Order(3)
    void tomorrowsReminderIsOnTomorrowsPlan() {
        openPage("/today?date=" + today.plusDays(1));
        assertThat(new TodayScreen(driver).item("Ada Lovelace").orElseThrow().text())
                .contains("reminder", "Reminder: send Ada the article on the engine");
    }

    @Test
    @Order(2)
    void todaysReminderIsACardOnTodayAndDoneChecksItOff() throws IOException {
        openPage("/today");
        TodayScreen plan = new TodayScreen(driver);
        TodayScreen.Item item = plan.item("Ada Lovelace").orElseThrow();
        assertThat(item.text()).contains("reminder", "Reminder: ask how the translation is going");
        assertThat(item.element().getDomAttribute("data-kind")).isEqualTo("reminder");
        assertThat(shootEveryWay("reminders-today", "/today")).isEmpty();

        plan.item("Ada Lovelace").orElseThrow().primary();

        assertThat(plan.item("Ada Lovelace").orElseThrow().isDone()).isTrue();
        openPage("/people/" + ada.id());
        assertThat(new RemindersScreen(driver).listed()).noneMatch(l -> l.contains("ask how the translation is going"));
    }

    @Test
    @Order(4)
    void theKeyDateIsACardOnItsDay() throws IOException {
        openPage("/people/" + grace.id());
        new RemindersScreen(driver).addDate("moved to Berlin", today.plusDays(2), true);

        openPage("/today?date=" + today.plusDays(2));
        assertThat(new TodayScreen(driver).item("Grace Hopper").orElseThrow().text())
                .contains("key date", "Today: moved to Berlin");
        assertThat(shootEveryWay("reminders-key-date", "/today?date=" + today.plusDays(2))).isEmpty();
    }

    @Test
    @Order(5)
    void theQuickLogSetsAReminderWithTheTouchpoint() throws IOException {
        QuickLogScreen log = new QuickLogScreen(driver);
        List<String> problems = shootState("reminders-quick-log", true, () -> {
            openPage("/today");
            log.open();
            log.typeWho("grace");
            log.pickWithEnter();
            log.remind(today.plusDays(7), "ask how the talk went");
        });
        assertThat(problems).isEmpty();
        assertThat(Audit.unlabelledControls(driver)).isEmpty();

        assertThat(log.logIt()).contains("Grace Hopper", "Kith will remind you on");
        assertThat(server.bean(Reminders.class).upcoming(owner, grace.id(), today)).extracting(Reminder::text)
                .containsExactly("ask how the talk went");
    }
}
