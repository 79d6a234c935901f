package app.kith.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.KithApplication;
import app.kith.account.Accounts;
import app.kith.agenda.Calendars;
import app.kith.agenda.DaysFromToday;
import app.kith.agenda.DaysFromToday.Meeting;
import app.kith.agenda.IcsServer;
import app.kith.agenda.NewCalendar;
import app.kith.agenda.Subscription;
import app.kith.api.ServerTest;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The server's scheduler reads a subscribed calendar by itself, without anyone asking. */
@SpringBootTest(classes = {KithApplication.class, ServerTest.Store.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.root=warn", "kith.digest.poll=PT1S", "kith.calendars.poll=PT1S",
                "kith.calendars.allow-private-addresses=true"})
class CalendarFetchingTest {

    @Autowired
    Calendars calendars;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Test
    void aNewCalendarIsFetchedByTheSchedulerAndItsMeetingsLogged() throws Exception {
        long account = accounts.create("calendar-sweep@example.com", "a-long-enough-password").account().id();
        long ada = people.add(account, new PersonDraft("Ada Lovelace", List.of("ada@example.com"), null, null, null,
                null, null, null, null, null, null, null, null, null, null), LocalDate.now()).id();
        try (IcsServer server = new IcsServer()) {
            long id = calendars.add(account, new NewCalendar(null, server.serve("/c.ics", DaysFromToday.calendar(
                    new Meeting("past", -1, "Coffee", "ada@example.com"))), null, null)).id();

            Subscription fetched = null;
            for (int i = 0; i < 300 && (fetched == null || fetched.fetchedAt() == null); i++) {
                Thread.sleep(100);
                fetched = calendars.get(account, id);
            }

            assertThat(fetched.fetchedAt()).as("fetched by the sweep within 30 s").isNotNull();
            assertThat(fetched.lastAdded()).isEqualTo(1);
            assertThat(people.get(account, ada).lastTouchOn()).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC)
                    .minusDays(1));
        }
    }
}
