package app.kith;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void aCountOfNothingIsLeftOut() {
        assertThat(Counts.of().add(3, "created").add(0, "updated").add(0, "skipped").toString()).isEqualTo("3 created");
        assertThat(Counts.of().add(1, "touchpoint", "touchpoints").add(2, "ask", "asks").add(0, "introduction",
                "introductions").toString()).isEqualTo("1 touchpoint, 2 asks");
    }

    @Test
    void whenEveryCountIsNothingTheSummarySaysSoInItsOwnWords() {
        Counts none = Counts.of().add(0, "created").add(0, "skipped");
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.or("nothing to import")).isEqualTo("nothing to import");
    }

    @Test
    void largeCountsAreGroupedByThousands() {
        assertThat(Counts.noun(1_200, "person", "people")).isEqualTo("1,200 people");
        assertThat(Counts.noun(1, "person", "people")).isEqualTo("1 person");
    }
}
