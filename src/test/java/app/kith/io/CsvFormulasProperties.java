package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A cell escaped against formulas never starts one, and reads back as the value it was. */
class CsvFormulasProperties {

    @Property(tries = 500)
    void anEscapedCellStartsNoFormulaAndReadsBackAsItWas(@ForAll("cells") String cell) {
        String written = CsvFormulas.neutral(cell);

        assertThat(written).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                .doesNotStartWith("\t").doesNotStartWith("\r");
        assertThat(CsvFormulas.original(written)).isEqualTo(cell);
    }

    @Example
    void onlyWhatASpreadsheetWouldRunGetsAQuote() {
        assertThat(CsvFormulas.neutral("=HYPERLINK(\"https://evil.example\",\"x\")"))
                .isEqualTo("'=HYPERLINK(\"https://evil.example\",\"x\")");
        assertThat(CsvFormulas.neutral("+1-555-0100")).isEqualTo("'+1-555-0100");
        assertThat(CsvFormulas.neutral("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvFormulas.neutral("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvFormulas.neutral("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvFormulas.neutral("'=1")).isEqualTo("''=1");
        assertThat(CsvFormulas.neutral("Ada Lovelace")).isEqualTo("Ada Lovelace");
        assertThat(CsvFormulas.neutral("it's = fine")).isEqualTo("it's = fine");
        assertThat(CsvFormulas.original("'quoted on purpose")).isEqualTo("'quoted on purpose");
    }

    /** Short texts made mostly of the characters that matter here. */
    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.strings().withChars('\'', '=', '+', '-', '@', '\t', '\r', 'a', ' ', '1').ofMaxLength(6);
    }
}
