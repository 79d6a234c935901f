package app.kith.web.circles;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.circle.Circle;
import app.kith.circle.Circles;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class CirclesPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Circles circles;

    @Autowired
    People people;

    @Autowired
    Clock clock;

    private Circle circle(WebSession session, String name) {
        return circles.byName(session.accountId(), name).orElseThrow();
    }

    @Test
    void eachCircleShowsItsRhythmItsPeopleAndHowManyAreInRhythm() {
        WebSession ada = WebSession.signUp(port, accounts);
        LocalDate today = accounts.byId(ada.accountId()).today(clock);
        people.add(ada.accountId(), PersonDraft.named("Overdue").withCircles(List.of("Monthly")), today.minusDays(40));
        people.add(ada.accountId(), PersonDraft.named("In rhythm").withCircles(List.of("Monthly")), today);
        circles.add(ada.accountId(), "Book club", null);

        WebSession.Page page = ada.get("/circles");

        assertThat(page.status()).isEqualTo(200);
        long monthly = circle(ada, "Monthly").id();
        assertThat(page.body()).contains("<a href=\"/circles/" + monthly + "\">Monthly</a>", "monthly",
                "<a href=\"/people?circle=" + monthly + "\">2 people</a>", "1 of 2", "Book club", "no rhythm",
                "nobody yet", "<a href=\"/circles\" aria-current=\"page\">Circles</a>");
    }

    @Test
    void withNoCirclesThePageSaysHowTheyAreMade() {
        WebSession ada = WebSession.signUp(port, accounts);

        assertThat(ada.get("/circles").body())
                .contains("No circles yet — Monthly, Quarterly… are made the first time you put someone in one; or create your own")
                .doesNotContain("<table");
    }

    @Test
    void aNewCircleIsMadeAndSaidSo() {
        WebSession ada = WebSession.signUp(port, accounts);
        ada.get("/circles");

        WebSession.Page made = ada.post("/circles", Map.of("name", "Clients", "rhythmDays", "21"));

        assertThat(made.status()).isEqualTo(302);
        assertThat(made.location()).endsWith("/circles");
        assertThat(circle(ada, "Clients").rhythmDays()).isEqualTo(21);
        assertThat(ada.get("/circles").body()).contains("Made the circle Clients (every 21 days).");
        assertThat(ada.get("/circles").body()).doesNotContain("Made the circle");

        ada.post("/circles", Map.of("name", "Book club", "rhythmDays", " "));
        assertThat(circle(ada, "Book club").rhythmDays()).isNull();
    }

    @Test
    void aRefusedCircleComesBackAsTypedWithTheMessageNextToTheField() {
        WebSession ada = WebSession.signUp(port, accounts);
        circles.add(ada.accountId(), "Clients", 30);

        String taken = ada.post("/circles", Map.of("name", "clients", "rhythmDays", "14")).body();
        assertThat(taken).contains("id=\"name-error\"", "A circle named Clients already exists", "value=\"clients\"",
                "value=\"14\"");

        String zero = ada.post("/circles", Map.of("name", "Team", "rhythmDays", "0")).body();
        assertThat(zero).contains("<small id=\"rhythmDays-error\" class=\"error\" role=\"alert\">The rhythm must be at least 1 day, not 0</small>",
                "value=\"Team\"", "value=\"0\"");

        String words = ada.post("/circles", Map.of("name", "Team", "rhythmDays", "monthly")).body();
        assertThat(words).contains("id=\"rhythmDays-error\"", "The rhythm is a number of days", "value=\"monthly\"");

        String noName = ada.post("/circles", Map.of("name", "  ", "rhythmDays", "7")).body();
        assertThat(noName).contains("id=\"name-error\"", "The name is required");

        assertThat(circles.list(ada.accountId())).extracting(Circle::name).containsExactly("Clients");
    }

    @Test
    void aCircleIsRenamedGivenARhythmAndHasItTakenAway() {
        WebSession ada = WebSession.signUp(port, accounts);
        long id = circles.add(ada.accountId(), "Clients", 30).id();
        String path = "/circles/" + id;

        WebSession.Page saved = ada.post(path, Map.of("name", "Customers", "rhythmDays", "14"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith(path);
        assertThat(circles.byId(ada.accountId(), id)).isEqualTo(new Circle(id, "Customers", 14, 0));
        assertThat(ada.get(path).body()).contains("Saved: Customers, fortnightly.", "value=\"Customers\"", "value=\"14\"");

        ada.post(path, Map.of("name", "Customers", "rhythmDays", ""));
        assertThat(circles.byId(ada.accountId(), id).rhythmDays()).isNull();

        circles.add(ada.accountId(), "Family", 7);
        String clash = ada.post(path, Map.of("name", "FAMILY", "rhythmDays", "5")).body();
        assertThat(clash).contains("id=\"name-error\"", "A circle named Family already exists", "value=\"FAMILY\"", "value=\"5\"");
        assertThat(circles.byId(ada.accountId(), id).name()).isEqualTo("Customers");
    }

    @Test
    void aCirclesPageListsItsPeopleOnly() {
        WebSession ada = WebSession.signUp(port, accounts);
        LocalDate today = accounts.byId(ada.accountId()).today(clock);
        people.add(ada.accountId(), PersonDraft.named("In it").withCircles(List.of("Monthly")), today);
        people.add(ada.accountId(), PersonDraft.named("Not in it").withCircles(List.of("Yearly")), today);

        String body = ada.get("/circles/" + circle(ada, "Monthly").id()).body();

        assertThat(body).contains("<h1>Monthly</h1>", "In it").doesNotContain("Not in it");
    }

    @Test
    void deletingACircleKeepsItsPeople() {
        WebSession ada = WebSession.signUp(port, accounts);
        LocalDate today = accounts.byId(ada.accountId()).today(clock);
        long person = people.add(ada.accountId(), PersonDraft.named("Stays").withCircles(List.of("Monthly")), today).id();
        long monthly = circle(ada, "Monthly").id();
        ada.get("/circles/" + monthly);

        WebSession.Page deleted = ada.post("/circles/" + monthly + "/delete", Map.of());

        assertThat(deleted.status()).isEqualTo(302);
        assertThat(deleted.location()).endsWith("/circles");
        assertThat(circles.list(ada.accountId())).isEmpty();
        assertThat(people.get(ada.accountId(), person).circles()).isEmpty();
        String page = ada.get("/circles").body();
        assertThat(page).contains("Its people stay", "Deleted: Monthly (1 person).",
                "action=\"/trash/circle/" + monthly + "/restore\"", "name=\"return\" value=\"/circles\"");
        assertThat(ada.get("/circles/" + monthly).status()).isEqualTo(404);

        WebSession.Page undone = ada.post("/trash/circle/" + monthly + "/restore", Map.of("return", "/circles"));

        assertThat(undone.location()).endsWith("/circles");
        assertThat(ada.get("/circles").body()).contains("Restored: Monthly (1 person).");
        assertThat(people.get(ada.accountId(), person).circles()).extracting(c -> c.name()).containsExactly("Monthly");
    }

    @Test
    void circleNamesAreEscaped() {
        WebSession ada = WebSession.signUp(port, accounts);
        long id = circles.add(ada.accountId(), "<script>alert(1)</script>", 30).id();

        assertThat(ada.get("/circles").body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(ada.get("/circles/" + id).body()).doesNotContain("<script>alert");
    }

    @Test
    void anotherAccountGetsNotFoundForTheFirstAccountsCircle() {
        WebSession ada = WebSession.signUp(port, accounts);
        long id = circles.add(ada.accountId(), "Secret Society", 7).id();
        WebSession other = WebSession.signUp(port, accounts);
        other.get("/circles");

        WebSession.Page notFound = other.get("/circles/" + id);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.body()).contains("404 · Not Found").doesNotContain("Secret Society");
        assertThat(other.post("/circles/" + id, Map.of("name", "Taken over", "rhythmDays", "1")).status()).isEqualTo(404);
        assertThat(other.post("/circles/" + id + "/delete", Map.of()).status()).isEqualTo(404);
        assertThat(other.get("/circles").body()).doesNotContain("Secret Society");

        assertThat(circles.byId(ada.accountId(), id)).isEqualTo(new Circle(id, "Secret Society", 7, 0));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        WebSession ada = WebSession.signUp(port, accounts);

        assertThat(ada.postExactly("/circles", Map.of("name", "Forged", "rhythmDays", "7")).status()).isEqualTo(403);
        assertThat(circles.list(ada.accountId())).isEmpty();
    }
}
