package app.kith.web.who;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.person.Person;
import app.kith.web.Marked;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Why a person matched, as the page writes it: the part of the field that holds the words found. */
class MatchedTest {

    private static Person person(List<String> topics, String notes) {
        return new Person(1, "Tom Baker", List.of(), List.of(), null, "Tax adviser", null, null, null, null, topics, null,
                notes, null, null, List.of(), LocalDate.EPOCH, null, null, null, Instant.EPOCH, Instant.EPOCH, List.of());
    }

    private static String written(Marked m) {
        StringBuilder s = new StringBuilder(m.label() + ": ");
        m.parts().forEach(p -> s.append(p.marked() ? "[" + p.text() + "]" : p.text()));
        return s.toString();
    }

    @Test
    void aListFieldShowsOnlyTheItemsThatMatched() {
        Person tom = person(List.of("bookkeeping", "tax advice", "chess", "VAT and tax law"), null);

        assertThat(written(Matched.of("topics", List.of("tax"), tom, f -> List.of())))
                .isEqualTo("topics: [tax] advice, VAT and [tax] law");
    }

    @Test
    void aLongTextShowsTheStretchAroundTheFirstWordFound() {
        String notes = "We met years ago at a conference about something else entirely, and much later he sorted out"
                + " my tax return in a single afternoon, which I still owe him a dinner for, and then some more words.";

        String shown = written(Matched.of("notes", List.of("tax"), person(List.of(), notes), f -> List.of()));

        assertThat(shown).startsWith("notes: … ").contains("my [tax] return").endsWith(" …");
        assertThat(shown.length()).isLessThan(notes.length());
    }

    @Test
    void aLoggedFieldIsReadFromItsTextsAndWithoutThemTheWordsAlone() {
        Person tom = person(List.of(), null);

        assertThat(written(Matched.of("touchpoints", List.of("vat"), tom, f -> List.of("Lunch", "Talked about VAT rules"))))
                .isEqualTo("touchpoints: Talked about [VAT] rules");
        assertThat(written(Matched.of("asks", List.of("vat", "rules"), tom, f -> List.of())))
                .isEqualTo("asks: [vat], [rules]");
        assertThat(Matched.holds("Tax", Set.of("tax"))).isTrue();
    }
}
