package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.dupes.Duplicates;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The duplicates page: pairs with their reasons, merged in one click, undone from Recent merges. */
@ServerTest
class DuplicatesPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Duplicates duplicates;

    @Autowired
    Clock clock;

    private Person add(WebSession session, String name, String email) {
        LocalDate today = accounts.byId(session.accountId()).today(clock);
        return people.add(session.accountId(), new PersonDraft(name, List.of(email), List.of(), null, null, null, null,
                null, null, List.of(), null, null, null, List.of(), null, List.of()), today);
    }

    @Test
    void aPairIsShownWithWhyMergedInOneClickAndUndone() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = add(session, "Ada Lovelace", "ada@example.com");
        Person twin = add(session, "Ada <b>L.</b>", "ADA@example.com");
        assertThat(session.get("/people").body()).contains("href=\"/people/duplicates\"");

        String page = session.get("/people/duplicates").body();
        assertThat(page).contains("same email ada@example.com", "Keep Ada Lovelace, merge the other in",
                "Ada &lt;b&gt;L.&lt;/b&gt;").doesNotContain("<b>L.</b>");

        WebSession.Page merged = session.post("/people/duplicates/merge",
                Map.of("keep", String.valueOf(ada.id()), "other", String.valueOf(twin.id())));

        assertThat(merged.location()).isEqualTo("/people/duplicates");
        String after = session.get("/people/duplicates").body();
        assertThat(after).contains("Merged into Ada Lovelace", "Recent merges", "No likely duplicates");
        assertThat(people.get(session.accountId(), ada.id()).emails()).containsExactly("ada@example.com");

        Matcher undo = Pattern.compile("action=\"(/people/duplicates/merges/\\d+/undo)\"").matcher(after);
        assertThat(undo.find()).isTrue();
        session.post(undo.group(1), Map.of());

        assertThat(session.get("/people/duplicates").body()).contains("Undone: Ada Lovelace", "same email");
        assertThat(people.get(session.accountId(), twin.id()).name()).isEqualTo("Ada <b>L.</b>");
    }

    @Test
    void anotherAccountCannotMergeOrUndoTheOwnersPeople() {
        WebSession owner = WebSession.signUp(port, accounts);
        Person ada = add(owner, "Ada Lovelace", "ada@example.com");
        Person twin = add(owner, "Ada L.", "ada@example.com");
        WebSession other = WebSession.signUp(port, accounts);
        other.get("/people/duplicates");

        assertThat(other.get("/people/duplicates").body()).doesNotContain("Ada");
        WebSession.Page refused = other.post("/people/duplicates/merge",
                Map.of("keep", String.valueOf(ada.id()), "other", String.valueOf(twin.id())));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(duplicates.duplicates(owner.accountId())).hasSize(1);
    }
}
