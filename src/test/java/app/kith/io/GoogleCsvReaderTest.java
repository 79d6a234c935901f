package app.kith.io;

import static app.kith.io.CsvSinkForTest.assertRefused;
import static app.kith.io.CsvSinkForTest.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.person.PersonDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoogleCsvReaderTest {

    private static CsvSinkForTest read(String fixture) {
        return CsvSinkForTest.read(new GoogleCsvReader(), "/io/google/" + fixture);
    }

    @ParameterizedTest
    @ValueSource(strings = {"google-legacy.csv", "google-2023.csv"})
    void bothLayoutsAreReadWithEachRowsLine(String fixture) {
        CsvSinkForTest heard = read(fixture);

        assertThat(heard.contacts).extracting(Contact::line).containsExactly(2, 5, 6, 8);
        PersonDraft ada = heard.draft(0);
        assertThat(ada.name()).isEqualTo("Ada Lovelace");
        assertThat(ada.emails()).containsExactly("ada@example.com", "ada.l@work.example");
        assertThat(ada.phones()).containsExactly("+44 7700 900123", "+44 20 7946 0018");
        assertThat(ada.company()).isEqualTo("Analytical Engines, Ltd.");
        assertThat(ada.role()).isEqualTo("Analyst");
        assertThat(ada.location()).isEqualTo("London");
        assertThat(ada.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/ada-lovelace");
        assertThat(ada.birthday()).isEqualTo("1990-07-21");
        assertThat(ada.notes()).isEqualTo("Met at the \"Difference\" talk, London\nLikes: engines, poetry");
        assertThat(ada.circles()).as("Google's own groups are no circle").containsExactly("Clients", "Friends");

        PersonDraft jose = heard.draft(1);
        assertThat(jose.name()).startsWith("José").endsWith("Núñez");
        assertThat(jose.company()).isEqualTo("Núñez \"Hijos\" S.L.");
        assertThat(jose.role()).isEqualTo("Director, Growth");
        assertThat(jose.birthday()).isEqualTo("--03-04");
        assertThat(jose.location()).isEqualTo("Andalucía");
        assertThat(jose.circles()).isEmpty();

        assertThat(heard.draft(2).name()).as("no name: the email").isEqualTo("noname@example.com");
        PersonDraft grace = heard.draft(3);
        assertThat(grace.name()).isEqualTo("Grace Hopper");
        assertThat(grace.linkedinUrl()).isEqualTo("linkedin.com/in/grace-hopper");
        assertThat(grace.circles()).containsExactly("Navy");

        assertThat(heard.skipped).containsExactly(new Skipped(7, null, "no name, email or company"));
    }

    @Test
    void theMiddleNameOfTheNewerLayoutIsPartOfTheName() {
        assertThat(read("google-2023.csv").draft(1).name()).isEqualTo("José María Núñez");
    }

    @Test
    void aHeaderOnlyFileHasNoContacts() {
        CsvSinkForTest heard = CsvSinkForTest.readText(new GoogleCsvReader(),
                "\uFEFFFirst Name,Last Name,Labels,E-mail 1 - Value\r\n");

        assertThat(heard.contacts).isEmpty();
        assertThat(heard.skipped).isEmpty();
    }

    @Test
    void filesThatAreNoGoogleExportAreRefusedNamingTheProblem() {
        GoogleCsvReader google = new GoogleCsvReader();
        assertRefused(google, new byte[0], "it is empty");
        assertRefused(google, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "it is empty");
        assertRefused(google, new byte[] {'P', 'K', 3, 4, 0, 0, 20, 0}, "binary file");
        assertRefused(google, utf8("Notes:\n\"a note\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,"
                + "Connected On\n"), "no line with the columns Name,Given Name,Family Name,Group Membership");
        assertRefused(google, utf8("First Name,Last Name,E-mail Address\nAda,Lovelace,ada@example.com\n"),
                "The file is not a Google Contacts export");
        assertRefused(google, "First Name,Last Name,Labels\nJosé,Núñez,\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                "not UTF-8 text");
    }
}
