package app.kith.web.dupes;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.dupes.Duplicates;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.reminder.KeyDates;
import app.kith.reminder.NewKeyDate;
import app.kith.reminder.Reminders;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The duplicates page: each pair says who is kept and who is merged in (swappable), a merge is
 * confirmed and then offers its undo, and "not the same person" puts a pair away for good.
 */
@ServerTest
class DuplicatesPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Touchpoints touchpoints;

    @Autowired
    Duplicates duplicates;

    @Autowired
    Reminders reminders;

    @Autowired
    KeyDates keyDates;

    @Autowired
    Clock clock;

    private Person add(WebSession session, String name, String email) {
        LocalDate today = accounts.byId(session.accountId()).today(clock);
        return people.add(session.accountId(), new PersonDraft(name, List.of(email), List.of(), null, null, null, null,
                null, null, List.of(), null, null, null, List.of(), null, List.of()), today);
    }

    private void touched(WebSession session, Person p, int times) {
        LocalDate today = accounts.byId(session.accountId()).today(clock);
        for (int i = 0; i < times; i++) {
            touchpoints.log(session.accountId(), new NewTouchpoint(p.id(), today.minusDays(i), "call", "out", null), today);
        }
    }

    @Test
    void whoIsKeptIsSaidWithTheirHistoryAndCanBeSwapped() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = add(session, "Ada Lovelace", "ada@example.com");
        Person twin = add(session, "Ada <b>L.</b>", "ADA@example.com");
        touched(session, twin, 2);

        String page = session.get("/people/duplicates").body();

        assertThat(page).containsSubsequence("<span class=\"role\">Keep</span>", "Ada &lt;b&gt;L.&lt;/b&gt;",
                "2 touchpoints", "<span class=\"role\">Merge in</span>", "Ada Lovelace", "no touchpoints",
                "Same email ada@example.com", "Merge…", "Keep Ada Lovelace instead", "Not the same person")
                .doesNotContain("<b>L.</b>");

        WebSession.Page swapped = session.htmx("/people/duplicates/pair?keep=" + ada.id() + "&other=" + twin.id());
        assertThat(swapped.isFullPage()).isFalse();
        assertThat(swapped.body()).containsSubsequence("Keep</span>", "Ada Lovelace", "Merge in</span>",
                "Ada &lt;b&gt;L.&lt;/b&gt;", "Keep Ada &lt;b&gt;L.&lt;/b&gt; instead");
        assertThat(session.get("/people/duplicates?keep=" + ada.id() + "&other=" + twin.id()).body())
                .containsSubsequence("Keep</span>", "Ada Lovelace", "Merge in</span>");
    }

    @Test
    void aMergeIsConfirmedFirstThenOffersItsUndo() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = add(session, "Ada Lovelace", "ada@example.com");
        Person twin = add(session, "Ada L.", "countess@example.com");
        people.update(session.accountId(), twin.id(), people.get(session.accountId(), twin.id()).toDraft()
                .withName("Ada Lovelace"));
        touched(session, twin, 1);
        touched(session, ada, 3);
        LocalDate today = accounts.byId(session.accountId()).today(clock);
        reminders.remind(session.accountId(), twin.id(), today.plusDays(3), "send the notes", today);
        keyDates.add(session.accountId(), new NewKeyDate(twin.id(), "moved to London", LocalDate.of(2020, 5, 1), true));
        String pair = "keep=" + ada.id() + "&other=" + twin.id();

        WebSession.Page confirm = session.htmx("/people/duplicates/merge?" + pair);
        assertThat(confirm.isFullPage()).isFalse();
        assertThat(confirm.body()).contains("Merge Ada Lovelace into Ada Lovelace?",
                "From Ada Lovelace they get 1 email.", "Moving over to Ada Lovelace: 1 touchpoint, 1 reminder, 1 key date.",
                "is then deleted. You can undo the merge for 30 days.", ">Merge into Ada Lovelace</button>", ">Cancel</a>")
                .doesNotContain("0 asks");
        assertThat(session.get("/people/duplicates/merge?" + pair).isFullPage()).isTrue();
        assertThat(people.count(session.accountId())).isEqualTo(2);

        WebSession.Page merged = session.post("/people/duplicates/merge",
                Map.of("keep", String.valueOf(ada.id()), "other", String.valueOf(twin.id())));

        assertThat(merged.location()).startsWith("/people/duplicates?merged=");
        String after = session.get(merged.location()).body();
        assertThat(after).contains("Merged Ada Lovelace into <a href=\"/people/" + ada.id() + "\">Ada Lovelace</a>",
                "Recent merges", "1 touchpoint, 1 reminder, 1 key date moved", "No likely duplicates");
        assertThat(people.get(session.accountId(), ada.id()).emails()).containsExactly("ada@example.com", "countess@example.com");

        Matcher undo = Pattern.compile("action=\"(/people/duplicates/merges/\\d+/undo)\"").matcher(after);
        assertThat(undo.find()).isTrue();
        session.post(undo.group(1), Map.of());

        assertThat(session.get("/people/duplicates").body()).contains("Undone: Ada Lovelace", "Same name");
        assertThat(people.count(session.accountId())).isEqualTo(2);
    }

    @Test
    void notTheSamePersonPutsThePairAwayForGoodWithAnUndoInItsPlace() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = add(session, "Ada Lovelace", "ada@example.com");
        Person twin = add(session, "Ada L.", "ada@example.com");
        session.get("/people/duplicates");

        WebSession.Page dismissed = session.htmxPost("/people/duplicates/dismiss",
                Map.of("keep", String.valueOf(ada.id()), "other", String.valueOf(twin.id())));

        assertThat(dismissed.isFullPage()).isFalse();
        assertThat(dismissed.body()).contains("<strong>Ada Lovelace</strong> and <strong>Ada L.</strong> are two people",
                "hx-post=\"/people/duplicates/undismiss\"", ">Undo</button>");
        assertThat(session.get("/people/duplicates").body()).contains("No likely duplicates");
        assertThat(duplicates.duplicates(session.accountId())).isEmpty();

        WebSession.Page back = session.htmxPost("/people/duplicates/undismiss",
                Map.of("keep", String.valueOf(ada.id()), "other", String.valueOf(twin.id())));
        assertThat(back.body()).contains("Keep</span>", "Not the same person");
        assertThat(duplicates.duplicates(session.accountId())).hasSize(1);
    }

    @Test
    void withoutJavaScriptEachStepIsAPage() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = add(session, "Ada Lovelace", "ada@example.com");
        Person twin = add(session, "Ada L.", "ada@example.com");
        session.get("/people/duplicates");

        WebSession.Page dismissed = session.post("/people/duplicates/dismiss",
                Map.of("keep", String.valueOf(ada.id()), "other", String.valueOf(twin.id())));

        assertThat(dismissed.location()).isEqualTo("/people/duplicates");
        String page = session.get("/people/duplicates").body();
        assertThat(page).contains("are two people", "action=\"/people/duplicates/undismiss\"")
                .doesNotContain("hx-post=\"/people/duplicates/undismiss\"");
        assertThat(session.get("/people/duplicates/pair?keep=" + twin.id() + "&other=" + ada.id()).status())
                .isEqualTo(302);
    }

    @Test
    void anotherAccountCannotMergeDismissOrUndoTheOwnersPeople() {
        WebSession owner = WebSession.signUp(port, accounts);
        Person ada = add(owner, "Ada Lovelace", "ada@example.com");
        Person twin = add(owner, "Ada L.", "ada@example.com");
        WebSession other = WebSession.signUp(port, accounts);
        other.get("/people/duplicates");
        Map<String, String> pair = Map.of("keep", String.valueOf(ada.id()), "other", String.valueOf(twin.id()));

        assertThat(other.get("/people/duplicates").body()).doesNotContain("Ada");
        assertThat(other.post("/people/duplicates/merge", pair).status()).isEqualTo(404);
        assertThat(other.post("/people/duplicates/dismiss", pair).status()).isEqualTo(404);
        assertThat(other.get("/people/duplicates/merge?keep=" + ada.id() + "&other=" + twin.id()).status()).isEqualTo(404);
        assertThat(duplicates.duplicates(owner.accountId())).hasSize(1);
    }
}
