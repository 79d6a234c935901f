package app.kith.web.person;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.person.FieldChange;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.person.ProfileChanges;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person's timeline shows what imports changed about them among their touchpoints, each change once across its pages. */
@ServerTest
class PersonTimelineChangesTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Touchpoints touchpoints;

    @Autowired
    ProfileChanges changes;

    WebSession web;
    LocalDate today;

    @BeforeEach
    void signIn() {
        web = WebSession.signUp(port, accounts);
        today = accounts.byId(web.accountId()).today(Clock.systemDefaultZone());
    }

    private static int occurrences(String page, String text) {
        return page.split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }

    @Test
    void aChangeSitsAmongTheTouchpointsOfItsDayOnExactlyOnePage() {
        Person ada = people.add(web.accountId(), PersonDraft.named("Ada Lovelace"), today.minusDays(100));
        for (int i = 0; i < Timelines.PAGE + 5; i++) {
            touchpoints.log(web.accountId(), new NewTouchpoint(ada.id(), today.minusDays(i * 2L), "email", "out",
                    "note " + i), today);
        }
        // Between the newest page's touchpoints, on the boundary day of the two pages, and before all of them.
        changes.record(web.accountId(), ada.id(), today.minusDays(5), "LinkedIn import",
                List.of(new FieldChange("role", "Engineer", "Staff Engineer"), new FieldChange("company", "Acme", "Acme")));
        LocalDate boundary = today.minusDays((Timelines.PAGE - 1) * 2L);
        changes.record(web.accountId(), ada.id(), boundary, "vCard import",
                List.of(new FieldChange("location", "London", "Berlin")));
        changes.record(web.accountId(), ada.id(), today.minusDays(90), "Google Contacts import",
                List.of(new FieldChange("company", "Acme", "Stripe")));

        String first = web.get("/people/" + ada.id()).body();
        String older = web.htmx("/people/" + ada.id() + "?offset=" + Timelines.PAGE).body();

        assertThat(first).contains("Role: Engineer → Staff Engineer at Acme", "from LinkedIn import");
        assertThat(first.indexOf("note 2<")).isLessThan(first.indexOf("Role: Engineer → Staff Engineer at Acme"));
        assertThat(first.indexOf("Role: Engineer → Staff Engineer at Acme")).isLessThan(first.indexOf("note 3<"));
        for (String change : List.of("Location: London → Berlin", "Company: Acme → Stripe")) {
            assertThat(occurrences(first, change) + occurrences(older, change)).as(change).isEqualTo(1);
        }
        assertThat(older).contains("Company: Acme → Stripe");
    }

    @Test
    void anotherAccountsPersonShowsNoneOfTheChanges() {
        Person ada = people.add(web.accountId(), PersonDraft.named("Ada Lovelace"), today);
        changes.record(web.accountId(), ada.id(), today, "LinkedIn import",
                List.of(new FieldChange("role", "Engineer", "Staff Engineer")));
        WebSession other = WebSession.signUp(port, accounts);

        assertThat(other.get("/people/" + ada.id()).status()).isEqualTo(404);
        assertThat(web.get("/people/" + ada.id()).body()).contains("Role: Engineer → Staff Engineer");
    }
}
