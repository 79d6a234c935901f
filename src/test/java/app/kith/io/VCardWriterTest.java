package app.kith.io;

import static app.kith.io.VCardPersonForTest.person;
import static app.kith.io.VCardPersonForTest.written;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.person.PersonDraft;
import ezvcard.VCardVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What other contacts apps see of a person Kith exports. */
class VCardWriterTest {

    private static final PersonDraft ADA = new PersonDraft("Ada King Lovelace", List.of("ada@example.com"),
            List.of("+44 20 7946 0018"), "Analytical Engines", "Mathematician", "London",
            "https://www.linkedin.com/in/ada", "--12-10", "At the Babbage salon,\nin 1833", List.of("math", "poetry, science"),
            "both", "Notes; with a comma, too", 30, List.of("Friends", "Royal Society"), null, List.of("a loom"));

    @Test
    void writesVersion4WithABirthdayWithoutYear() {
        String card = written(VCardVersion.V4_0, person(ADA));

        assertThat(card).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n").contains(
                "FN:Ada King Lovelace\r\n", "N:Lovelace;Ada King;;;\r\n", "EMAIL:ada@example.com\r\n",
                "TEL:+44 20 7946 0018\r\n", "ORG:Analytical Engines\r\n", "TITLE:Mathematician\r\n",
                "ADR:;;;London;;;\r\n", "URL:https://www.linkedin.com/in/ada\r\n", "BDAY:--1210\r\n",
                "NOTE:Notes\\; with a comma\\, too\r\n", "CATEGORIES:Friends,Royal Society\r\n",
                "X-KITH-TOPICS:math,poetry\\, science\r\n", "X-KITH-HOW-WE-MET:At the Babbage salon\\,\\nin 1833\r\n",
                "X-KITH-WHY:both\r\n", "X-KITH-RHYTHM-DAYS:30\r\n", "X-KITH-LOOKING-FOR:a loom\r\n");
    }

    @Test
    void writesVersion3WithAppleMarkForABirthdayWithoutYear() {
        String card = written(VCardVersion.V3_0, person(ADA));

        assertThat(card).startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
                .contains("BDAY;X-APPLE-OMIT-YEAR=1604:1604-12-10\r\n");
    }

    @Test
    void writesABirthdayWithItsYearAsADate() {
        PersonDraft withYear = new PersonDraft("Grace Hopper", null, null, null, null, null, null, "1906-12-09", null,
                null, null, null, null, null, null);

        assertThat(written(VCardVersion.V4_0, person(withYear))).contains("BDAY:19061209\r\n");
        assertThat(written(VCardVersion.V3_0, person(withYear))).contains("BDAY:1906-12-09\r\n");
    }

    @Test
    void aOneWordNameIsAGivenName() {
        assertThat(written(VCardVersion.V4_0, person(PersonDraft.named("Cher")))).contains("N:;Cher;;;\r\n");
    }

    @Test
    void backslashesInKithFieldsSurviveAsTheyAre() {
        PersonDraft paths = new PersonDraft("Windows User", null, null, null, null, null, null, null,
                "Shared C:\\new\\notes, then \\n", List.of("C:\\temp", "a\\,b"), null, "D:\\n", null, null, null);

        for (VCardVersion version : List.of(VCardVersion.V3_0, VCardVersion.V4_0)) {
            assertThat(VCardSinkForTest.readText(written(version, person(paths))).drafts()).containsExactly(paths);
        }
    }

    @Test
    void whatIsWrittenIsReadBack() {
        String file = written(VCardVersion.V3_0, person(ADA), person(PersonDraft.named("Cher")));

        VCardSinkForTest read = VCardSinkForTest.readText(file);

        assertThat(read.drafts()).containsExactly(ADA, PersonDraft.named("Cher"));
        assertThat(read.contacts).extracting(Contact::line).containsExactly(1, 21);
    }
}
