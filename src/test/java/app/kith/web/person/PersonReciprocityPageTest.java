package app.kith.web.person;

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
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person's page says who reaches out to whom. */
@ServerTest
class PersonReciprocityPageTest {

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

    @Test
    void thePageSaysWhoReachedOutLastAndTheYearsBalanceAndLoggingUpdatesIt() {
        WebSession session = WebSession.signUp(port, accounts);
        LocalDate today = accounts.byId(session.accountId()).today(clock);
        Person ada = people.add(session.accountId(), PersonDraft.named("Ada Lovelace").withRhythm(30), today.minusDays(90));
        touchpoints.log(session.accountId(), new NewTouchpoint(ada.id(), today.minusDays(20), "call", "out", null), today);
        touchpoints.log(session.accountId(), new NewTouchpoint(ada.id(), today.minusDays(9), "email", "in", null), today);
        touchpoints.log(session.accountId(), new NewTouchpoint(ada.id(), today.minusDays(3), "email", "in", null), today);

        String page = session.get("/people/" + ada.id()).body();

        assertThat(page).contains("<dt>Reaching out</dt>", "They reached out last",
                "<time datetime=\"" + today.minusDays(3) + "\"", "3 days ago · email",
                "They reached out twice, you once · last 12 months");

        WebSession.Page logged = session.htmxPost("/people/" + ada.id() + "/touchpoints",
                Map.of("on", today.toString(), "channel", "message", "direction", "out", "note", ""));

        assertThat(logged.body()).contains("id=\"timing\"", "hx-swap-oob=\"true\"", "You reached out last",
                "today · message", "They reached out twice, you twice · last 12 months");
    }

    @Test
    void someoneNeverInTouchHasNoContact() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = people.add(session.accountId(), PersonDraft.named("Ada Lovelace"),
                accounts.byId(session.accountId()).today(clock));

        assertThat(session.get("/people/" + ada.id()).body())
                .contains("Nobody has reached out first yet", "No contact · last 12 months");
    }
}
