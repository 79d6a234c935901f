package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text with what a search found marked, part by part. */
class MarkedTest {

    private static List<String> written(Marked m) {
        return m.parts().stream().map(p -> p.marked() ? "[" + p.text() + "]" : p.text()).toList();
    }

    @Test
    void everyPlaceIsMarkedIgnoringCaseAndKeepsTheTextAsWritten() {
        assertThat(written(Marked.of(null, "Data corp", " data "))).as("the query is trimmed")
                .containsExactly("[Data]", " corp");
        assertThat(written(Marked.of(null, "Data Engineering at DATA corp", "data")))
                .containsExactly("[Data]", " Engineering at ", "[DATA]", " corp");
        assertThat(written(Marked.of(null, "Zoë Ødegård", "ØDEGÅRD"))).containsExactly("Zoë ", "[Ødegård]");
    }

    @Test
    void theWordsAWhoKnowsSearchFoundAreMarkedWholeWithoutCaseOrAccents() {
        assertThat(written(Marked.words("notes", "Tax: Müller knows taxes and TAX law", List.of("tax", "muller"))))
                .containsExactly("[Tax]", ": ", "[Müller]", " knows taxes and ", "[TAX]", " law");
        assertThat(Marked.words(null, "nothing here", List.of("tax")).isMarked()).isFalse();
    }

    @Test
    void aBlankOrAbsentQueryMarksNothing() {
        assertThat(Marked.of(null, "Ada", " ").isMarked()).isFalse();
        assertThat(Marked.of(null, "Ada", null).isMarked()).isFalse();
        assertThat(Marked.contains("Ada", "  ")).isFalse();
        assertThat(Marked.contains(null, "a")).isFalse();
    }

    @Test
    void marksNeverOverlapAndTheWholeTextIsKept() {
        Marked m = Marked.of("topic", "aaaa", "aa");

        assertThat(written(m)).containsExactly("[aa]", "[aa]");
        assertThat(m.label()).isEqualTo("topic");
        assertThat(String.join("", m.parts().stream().map(Marked.Part::text).toList())).isEqualTo("aaaa");
    }
}
