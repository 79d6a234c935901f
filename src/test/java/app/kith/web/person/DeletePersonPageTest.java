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
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServerTest
class DeletePersonPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Touchpoints touchpoints;

    @Autowired
    DataSource dataSource;

    WebSession web;
    Person ada;

    @BeforeEach
    void signInWithAda() {
        web = WebSession.signUp(port, accounts);
        LocalDate today = accounts.byId(web.accountId()).today(Clock.systemDefaultZone());
        ada = people.add(web.accountId(), PersonDraft.named("Ada <Lovelace>").withCircles(List.of("Monthly")), today);
        touchpoints.log(web.accountId(), new NewTouchpoint(ada.id(), today.minusDays(2), "call", "in", "kept"), today);
    }

    @Test
    void deletingLeadsToThePeopleListWhichCanOfferTheUndo() {
        assertThat(web.get("/people/" + ada.id()).body())
                .contains("<form method=\"post\" action=\"/people/" + ada.id() + "/delete\"", ">Delete</button>");

        WebSession.Page deleted = web.post("/people/" + ada.id() + "/delete");

        assertThat(deleted.status()).isEqualTo(302);
        assertThat(deleted.location()).isEqualTo("/people?deleted=" + ada.id());
        assertThat(web.get("/people/" + ada.id()).status()).isEqualTo(404);
        assertThat(web.get("/people/new?deleted=" + ada.id()).body()).contains(
                "Ada &lt;Lovelace&gt; was deleted. <button type=\"submit\" class=\"link\">Undo</button>",
                "action=\"/people/" + ada.id() + "/restore\"");
    }

    @Test
    void undoBringsThemBackWithEverything() {
        Person before = people.get(web.accountId(), ada.id());
        web.post("/people/" + ada.id() + "/delete");

        WebSession.Page restored = web.post("/people/" + ada.id() + "/restore");

        assertThat(restored.status()).isEqualTo(302);
        assertThat(restored.location()).isEqualTo("/people/" + ada.id());
        assertThat(web.get(restored.location()).body())
                .contains("Ada &lt;Lovelace&gt; is back, with everything as it was.", "kept", "Monthly");
        assertThat(people.get(web.accountId(), ada.id())).isEqualTo(before);
        assertThat(web.get("/people/new?deleted=" + ada.id()).body()).doesNotContain("was deleted");
    }

    @Test
    void afterThirtyDaysThereIsNoUndo() {
        web.post("/people/" + ada.id() + "/delete");
        JdbcClient.create(dataSource).sql("UPDATE person SET deleted_at = :at WHERE id = :id")
                .param("at", System.currentTimeMillis() - Duration.ofDays(31).toMillis()).param("id", ada.id()).update();

        assertThat(web.get("/people/new?deleted=" + ada.id()).body()).doesNotContain("was deleted");
        assertThat(web.post("/people/" + ada.id() + "/restore").status()).isEqualTo(404);
    }
}
