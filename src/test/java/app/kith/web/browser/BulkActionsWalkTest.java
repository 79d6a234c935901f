package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.person.People;
import app.kith.person.PeopleQuery;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * People changed together on the People list, in a real browser: three ticked and given a
 * rhythm, then deleted and brought back with one undo, and everyone a search matches (more than a
 * page) marked a connector.
 */
class BulkActionsWalkTest extends BrowserTest {

    static long owner;
    static LocalDate today;

    @BeforeAll
    static void aListOfPeople() {
        Account account = server.bean(Accounts.class).create(OWNER, PASSWORD).account();
        owner = account.id();
        today = LocalDate.now(account.settings().timeZone());
        List<PersonDraft> drafts = new ArrayList<>();
        for (String name : List.of("Ada Lovelace", "Bob Byron", "Cy Young", "Dee Dennis")) {
            drafts.add(PersonDraft.named(name));
        }
        for (int i = 1; i <= 55; i++) {
            drafts.add(new PersonDraft("Quinn Example %02d".formatted(i), null, null, "Acme", null, null, null, null, null,
                    null, null, null, null, null, null));
        }
        People people = server.bean(People.class);
        drafts.forEach(d -> people.add(owner, d, today));
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
    }

    private static Person named(String name) {
        return server.bean(People.class).search(owner, name, 1, 0).get(0);
    }

    @Test
    void threeTickedGetARhythmThenAreDeletedAndBroughtBackWithOneUndo() {
        openPage("/people?sort=name");
        BulkScreen bulk = new BulkScreen(driver);
        bulk.tick("Ada Lovelace");
        bulk.tick("Bob Byron");
        bulk.tick("Cy Young");
        assertThat(bulk.count()).isEqualTo("3 selected");

        bulk.change("Set their rhythm");
        assertThat(bulk.rhythm().isDisplayed()).isTrue();
        assertThat(bulk.circle().isDisplayed()).as("only the field the change needs").isFalse();
        bulk.rhythm().sendKeys("45");
        assertThat(bulk.apply()).isEqualTo("Gave 3 people a rhythm of every 45 days.");
        assertThat(named("Bob Byron").rhythmDays()).isEqualTo(45);
        assertThat(named("Dee Dennis").ownRhythmDays()).isNotEqualTo(Integer.valueOf(45));

        bulk.tick("Ada Lovelace");
        bulk.tick("Bob Byron");
        bulk.tick("Cy Young");
        bulk.change("Delete");
        assertThat(bulk.apply()).startsWith("Deleted 3 people.").contains("Undo");
        assertThat(server.bean(People.class).count(owner)).isEqualTo(56);

        assertThat(bulk.undo()).isEqualTo("Restored 3 people, with everything they had.");
        assertThat(server.bean(People.class).count(owner)).isEqualTo(59);
        assertThat(named("Cy Young").rhythmDays()).isEqualTo(45);
    }

    @Test
    void everyoneASearchMatchesIsChangedBeyondTheFirstPage() {
        openPage("/people");
        BulkScreen bulk = new BulkScreen(driver);
        bulk.search("acme");
        bulk.tickAllMatching();
        assertThat(bulk.count()).isEqualTo("Everyone matching is selected");

        bulk.change("Mark connector");
        assertThat(bulk.apply()).isEqualTo("Marked 55 people a connector.");

        assertThat(server.bean(People.class).list(owner, PeopleQuery.everyone(1).mattering(PeopleQuery.Reason.CONNECTOR),
                today).total()).isEqualTo(55);
    }

    @Test
    void theListWithPeopleTickedFitsAPhoneAndADesktop() throws IOException {
        BulkScreen bulk = new BulkScreen(driver);
        assertThat(shootState("people-bulk", false, () -> {
            openPage("/people?sort=name");
            bulk.tick("Ada Lovelace");
            bulk.tick("Cy Young");
            bulk.change("Add to a circle");
        })).isEmpty();
    }
}
