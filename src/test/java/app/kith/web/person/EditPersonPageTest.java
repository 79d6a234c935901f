package app.kith.web.person;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.circle.Circles;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.person.Why;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class EditPersonPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Circles circles;

    WebSession web;
    LocalDate today;
    Person ada;

    @BeforeEach
    void signInWithAda() {
        web = WebSession.signUp(port, accounts);
        today = accounts.byId(web.accountId()).today(Clock.systemDefaultZone());
        circles.add(web.accountId(), "Clients", 45);
        ada = people.add(web.accountId(), new PersonDraft("Ada Lovelace", List.of("ada@example.com", "ada@home.example"),
                List.of("+44 20 1234 5678"), "Engines", "Countess", "London", "linkedin.com/in/ada", "--12-10",
                "A salon", List.of("math", "poetry"), "connector", "**Notes**", null, List.of("Monthly", "Clients"),
                today.minusDays(5)), today);
    }

    /** The form as it would be posted unchanged, with some fields changed. */
    private String[] form(String... changes) {
        List<String> fields = new java.util.ArrayList<>(List.of("name", "Ada Lovelace", "emails", "ada@example.com\nada@home.example",
                "phones", "+44 20 1234 5678", "company", "Engines", "role", "Countess", "location", "London",
                "linkedinUrl", "https://linkedin.com/in/ada", "birthdayMonth", "12", "birthdayDay", "10",
                "birthdayYear", "", "howWeMet", "A salon", "topics", "math, poetry", "why", "connector", "rhythmDays", "", "notes", "**Notes**",
                "circles", "Monthly", "circles", "Clients"));
        for (int i = 0; i < changes.length; i += 2) {
            int at = fields.indexOf(changes[i]);
            fields.set(at + 1, changes[i + 1]);
        }
        return fields.toArray(String[]::new);
    }

    @Test
    void theFormHoldsEverythingKnown() {
        WebSession.Page form = web.get("/people/" + ada.id() + "/edit");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("<h1>Edit Ada Lovelace</h1>", "value=\"Ada Lovelace\"",
                ">ada@example.com\nada@home.example</textarea>", ">+44 20 1234 5678</textarea>", "value=\"Engines\"",
                "value=\"Countess\"", "value=\"London\"", "value=\"https://linkedin.com/in/ada\"", "<option value=\"12\" selected>December</option>",
                "name=\"birthdayDay\" inputmode=\"numeric\" maxlength=\"2\" autocomplete=\"off\"\n                                       value=\"10\"",
                ">A salon</textarea>", "value=\"math, poetry\"", "name=\"why\" value=\"connector\" role=\"switch\" checked",
                ">**Notes**</textarea>",
                "<input type=\"checkbox\" name=\"circles\" value=\"Monthly\" checked>",
                "<input type=\"checkbox\" name=\"circles\" value=\"Clients\" checked>",
                "<input type=\"checkbox\" name=\"circles\" value=\"Weekly\">");
    }

    @Test
    void savingReplacesEveryFieldAndKeepsTheClock() {
        WebSession.Page saved = web.post("/people/" + ada.id(), "name", "Augusta Ada King", "emails",
                "ada@example.com, countess@example.com", "phones", "+44 1\n+44 2222", "company", "", "role", "Analyst",
                "location", "Surrey", "linkedinUrl", "", "birthdayMonth", "12", "birthdayDay", "10", "birthdayYear", "1990",
                "howWeMet", "", "topics",
                "engines,  music ,", "why", "both", "rhythmDays", "20", "notes", "", "circles", "Weekly");

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).isEqualTo("/people/" + ada.id());
        Person now = people.get(web.accountId(), ada.id());
        assertThat(now.name()).isEqualTo("Augusta Ada King");
        assertThat(now.emails()).containsExactly("ada@example.com", "countess@example.com");
        assertThat(now.phones()).containsExactly("+44 1", "+44 2222");
        assertThat(now.company()).isNull();
        assertThat(now.role()).isEqualTo("Analyst");
        assertThat(now.location()).isEqualTo("Surrey");
        assertThat(now.linkedinUrl()).isNull();
        assertThat(now.birthday()).isEqualTo("1990-12-10");
        assertThat(now.howWeMet()).isNull();
        assertThat(now.topics()).containsExactly("engines", "music");
        assertThat(now.why()).isEqualTo(Why.BOTH);
        assertThat(now.ownRhythmDays()).isEqualTo(20);
        assertThat(now.notes()).isNull();
        assertThat(now.circles()).extracting(Person.CircleRef::name).containsExactly("Weekly");
        assertThat(now.startedOn()).isEqualTo(ada.startedOn());
        assertThat(now.dueOn()).isEqualTo(ada.startedOn().plusDays(20));
    }

    @Test
    void switchingAwesomeOnKeepsConnectorAndSwitchingBothOffClearsIt() {
        web.post("/people/" + ada.id(), "name", "Ada Lovelace", "why", "connector", "why", "awesome");
        assertThat(people.get(web.accountId(), ada.id()).why()).isEqualTo(Why.BOTH);
        assertThat(web.get("/people/" + ada.id() + "/edit").body()).contains(
                "name=\"why\" value=\"awesome\" role=\"switch\" checked", "name=\"why\" value=\"connector\" role=\"switch\" checked");

        web.post("/people/" + ada.id(), "name", "Ada Lovelace");

        assertThat(people.get(web.accountId(), ada.id()).why()).isNull();
    }

    @Test
    void untickingEveryCircleLeavesThemInNone() {
        web.post("/people/" + ada.id(), "name", "Ada Lovelace");

        Person now = people.get(web.accountId(), ada.id());
        assertThat(now.circles()).isEmpty();
        assertThat(now.rhythmDays()).isNull();
    }

    @Test
    void aRefusedEditShowsTheMessageByTheFieldKeepsWhatWasTypedAndSavesNothing() {
        WebSession.Page refused = web.post("/people/" + ada.id(), form("name", "Ada <King>", "birthdayDay", "31",
                "birthdayMonth", "2", "notes", "typed *notes*", "circles", "Weekly"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.errorOf("birthday")).isEqualTo("There is no day 31 in February: use 1 to 29");
        assertThat(refused.body()).contains("<h1>Edit Ada Lovelace</h1>", "value=\"Ada &lt;King>\"",
                "<option value=\"2\" selected>February</option>", "value=\"31\"",
                ">typed *notes*</textarea>", "<input type=\"checkbox\" name=\"circles\" value=\"Weekly\" checked>",
                "<input type=\"checkbox\" name=\"circles\" value=\"Clients\" checked>");
        assertThat(people.get(web.accountId(), ada.id())).isEqualTo(ada);
    }

    @Test
    void everyWrongFieldIsShownAtOnceWithWhatWasTyped() {
        WebSession.Page refused = web.post("/people/" + ada.id(), form("name", "", "emails", "not-mail",
                "phones", "call me", "birthdayYear", "1990", "birthdayDay", "", "rhythmDays", "soon",
                "role", "x".repeat(201)));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.errorOf("name")).isEqualTo("Name is required");
        assertThat(refused.errorOf("emails")).isEqualTo("\"not-mail\" is not a valid email address");
        assertThat(refused.errorOf("phones")).isEqualTo("\"call me\" is not a phone number");
        assertThat(refused.errorOf("birthday"))
                .isEqualTo("A birthday needs a day; the year is the part you may leave out");
        assertThat(refused.errorOf("rhythmDays")).isEqualTo("Rhythm must be a whole number of days, like 30, not \"soon\"");
        assertThat(refused.errorOf("role")).startsWith("Role is too long");
        assertThat(refused.body()).contains(">not-mail</textarea>", ">call me</textarea>", "value=\"1990\"", "value=\"soon\"");
        assertThat(people.get(web.accountId(), ada.id())).isEqualTo(ada);
    }

    @Test
    void aBirthdayIsAMonthAndADayWithTheYearOnlyWhenKnown() {
        String path = "/people/" + ada.id();

        web.post(path, form("birthdayMonth", "2", "birthdayDay", "29", "birthdayYear", ""));
        assertThat(people.get(web.accountId(), ada.id()).birthday()).isEqualTo("--02-29");
        assertThat(web.get(path).body()).contains("<dt>Birthday</dt><dd>29 February</dd>");

        web.post(path, form("birthdayMonth", "7", "birthdayDay", "4", "birthdayYear", "1985"));
        assertThat(people.get(web.accountId(), ada.id()).birthday()).isEqualTo("1985-07-04");
        assertThat(web.get(path + "/edit").body()).contains("<option value=\"7\" selected>July</option>", "value=\"1985\"");

        web.post(path, form("birthdayMonth", "", "birthdayDay", "", "birthdayYear", ""));
        assertThat(people.get(web.accountId(), ada.id()).birthday()).isNull();

        assertThat(web.post(path, form("birthdayMonth", "2", "birthdayDay", "29", "birthdayYear", "1991"))
                .errorOf("birthday")).isEqualTo("1991 had no 29 February: leave the year out, or check it");
        assertThat(web.post(path, form("birthdayYear", "90")).errorOf("birthday"))
                .isEqualTo("The year of the birthday is four digits, like 1990, not \"90\"");
    }

    @Test
    void eachFieldsRefusalIsShownByThatField() {
        String path = "/people/" + ada.id();
        assertThat(web.post(path, form("name", "")).errorOf("name")).isEqualTo("Name is required");
        assertThat(web.post(path, form("emails", "ada@example.com\nnot-mail")).errorOf("emails"))
                .isEqualTo("\"not-mail\" is not a valid email address");
        assertThat(web.post(path, form("phones", "call me")).errorOf("phones")).isEqualTo("\"call me\" is not a phone number");
        assertThat(web.post(path, form("linkedinUrl", "example.com/ada")).errorOf("linkedinUrl"))
                .startsWith("\"example.com/ada\" is not a LinkedIn address");
        assertThat(web.post(path, form("rhythmDays", "-3")).errorOf("rhythmDays")).isEqualTo("Rhythm must be at least 1 day, not -3");
        assertThat(web.post(path, form("role", "x".repeat(201))).errorOf("role")).startsWith("Role is too long");
        assertThat(people.get(web.accountId(), ada.id())).isEqualTo(ada);
    }
}
