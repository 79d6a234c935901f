package app.kith.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.person.PersonDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who is looking for something: only the people whose "looking for" matches, for an introduction. */
class WhoNeedingTest extends StoreTest {

    private void add(PersonDraft d) {
        kith.people().add(owner(), d, TODAY.minusDays(60));
    }

    private static PersonDraft withTopics(String name, List<String> topics) {
        return new PersonDraft(name, List.of(), List.of(), null, null, null, null, null, null, topics, null, null, null,
                List.of(), null);
    }

    private List<String> needing(long account, String text) {
        return kith.who().needing(account, text, 5).stream().map(WhoResult::name).toList();
    }

    @Test
    void onlyThoseLookingForItAreFoundNotThoseWhoKnowAboutIt() {
        add(withTopics("Tom Baker", List.of("tax advice", "accounting")));
        add(PersonDraft.named("Sam Okafor").withLookingFor(List.of("an accountant for my company")));
        add(PersonDraft.named("Lena Vogel").withLookingFor(List.of("a designer")));
        add(withTopics("Mira Cole", List.of("looking for nothing")).withLookingFor(List.of("a tax accountant")));

        assertThat(needing(owner(), "accountant")).containsExactlyInAnyOrder("Sam Okafor", "Mira Cole");
        assertThat(needing(owner(), "typography")).isEmpty();
    }

    @Test
    void anotherAccountsSeekersAreNeverFound() {
        add(PersonDraft.named("Sam Okafor").withLookingFor(List.of("an accountant")));

        assertThat(needing(anotherAccount(), "accountant")).isEmpty();
    }
}
