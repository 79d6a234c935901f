package app.kith.io;

import static app.kith.io.CsvSinkForTest.assertRefused;
import static app.kith.io.CsvSinkForTest.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import app.kith.Invalid;
import app.kith.person.PersonDraft;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappedCsvReaderTest {

    private static final String SHEET = """
            Full Name,E-mail,Mobile,Organisation,Position,City,LinkedIn,Date of Birth,Tags,Remarks
            Ada Lovelace,ada@example.com; ada.l@work.example,+44 7700 900123,"Engines, Ltd.",Analyst,London,\
            https://www.linkedin.com/in/ada,1990-07-21,"Clients, Friends","Met at ""Difference""
            and again"
            ,,+44 20 7946 0018,Nobody Inc,,,,,,
            ,jose@example.es,,,,,,--03-04,Book club,
            """;

    @Test
    void aGuessedMappingReadsATypicalSpreadsheet() {
        MappedCsvReader reader = new MappedCsvReader(null);
        CsvSinkForTest heard = CsvSinkForTest.readText(reader, SHEET);

        assertThat(reader.used()).containsExactly(entry("name", "Full Name"), entry("emails", "E-mail"),
                entry("phones", "Mobile"), entry("company", "Organisation"), entry("role", "Position"),
                entry("location", "City"), entry("linkedinUrl", "LinkedIn"), entry("birthday", "Date of Birth"),
                entry("circles", "Tags"));
        assertThat(heard.contacts).extracting(Contact::line).containsExactly(2, 5);
        PersonDraft ada = heard.draft(0);
        assertThat(ada.name()).isEqualTo("Ada Lovelace");
        assertThat(ada.emails()).containsExactly("ada@example.com", "ada.l@work.example");
        assertThat(ada.company()).isEqualTo("Engines, Ltd.");
        assertThat(ada.circles()).containsExactly("Clients", "Friends");
        assertThat(ada.birthday()).isEqualTo("1990-07-21");
        assertThat(ada.notes()).as("Remarks is not guessed").isNull();
        assertThat(heard.draft(1).name()).as("no name: the email").isEqualTo("jose@example.es");
        assertThat(heard.skipped).containsExactly(new Skipped(4, "+44 20 7946 0018", "no name or email"));
    }

    @Test
    void aGivenMappingIsFollowedWhateverTheCaseOfItsColumns() {
        MappedCsvReader reader = new MappedCsvReader(Map.of("name", "full name", "notes", "Remarks", "topics", "Tags"));
        CsvSinkForTest heard = CsvSinkForTest.readText(reader, SHEET);

        assertThat(reader.used()).containsOnly(entry("name", "Full Name"), entry("notes", "Remarks"), entry("topics", "Tags"));
        PersonDraft ada = heard.draft(0);
        assertThat(ada.notes()).isEqualTo("Met at \"Difference\"\nand again");
        assertThat(ada.topics()).containsExactly("Clients", "Friends");
        assertThat(ada.emails()).isEmpty();
        assertThat(heard.skipped).extracting(Skipped::line).containsExactly(4, 5);
    }

    @Test
    void theGuessKnowsTheUsualHeaders() {
        assertThat(MappedCsvReader.guess(List.of("First Name", "Last Name", "Email Address", "Phone", "Company",
                "Job Title", "Notes"))).containsExactly(entry("firstName", "First Name"), entry("lastName", "Last Name"),
                entry("emails", "Email Address"), entry("phones", "Phone"), entry("company", "Company"),
                entry("role", "Job Title"), entry("notes", "Notes"));
        assertThat(MappedCsvReader.guess(List.of("NAME", "EMAIL", "TELEPHONE", "ORGANIZATION", "TITLE", "LOCATION",
                "LINKEDIN URL", "BIRTHDAY", "GROUPS"))).containsOnlyKeys("name", "emails", "phones", "company", "role",
                "location", "linkedinUrl", "birthday", "circles");
        assertThat(MappedCsvReader.guess(List.of("Given Name", "Surname", "e-mail", "Categories")))
                .containsExactly(entry("firstName", "Given Name"), entry("lastName", "Surname"), entry("emails", "e-mail"),
                        entry("circles", "Categories"));
        assertThat(MappedCsvReader.guess(List.of("Colour", "Size"))).isEmpty();
    }

    @Test
    void aFirstAndLastNameMakeTheName() {
        CsvSinkForTest heard = CsvSinkForTest.readText(new MappedCsvReader(null),
                "Given Name;Surname\n".replace(';', ',') + "Ada,Lovelace\n");

        assertThat(heard.draft(0).name()).isEqualTo("Ada Lovelace");
    }

    @Test
    void theHeaderAloneIsReadSoItsColumnsCanBeShown() {
        assertThat(MappedCsvReader.header(new ByteArrayInputStream(utf8("\uFEFFName,\"E-mail, work\",Notes\nAda,a@x.com,\n"))))
                .containsExactly("Name", "E-mail, work", "Notes");
    }

    @Test
    void aMappingToAColumnTheFileHasNotIsRefused() {
        assertThatThrownBy(() -> CsvSinkForTest.readText(new MappedCsvReader(Map.of("name", "Nom")), SHEET))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("mapping"))
                .hasMessage("the file has no column \"Nom\"; its columns are: Full Name, E-mail, Mobile, Organisation,"
                        + " Position, City, LinkedIn, Date of Birth, Tags, Remarks");
        assertThatThrownBy(() -> new MappedCsvReader(Map.of("shoeSize", "Size")))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("mapping"))
                .hasMessageContaining("Kith has no field \"shoeSize\"");
        assertThatThrownBy(() -> CsvSinkForTest.readText(new MappedCsvReader(null), "Colour,Size\nred,9\n"))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("mapping"))
                .hasMessageContaining("no column looks like a name or an email");
    }

    @Test
    void filesThatAreNoCsvAreRefusedNamingTheProblem() {
        MappedCsvReader csv = new MappedCsvReader(null);
        assertRefused(csv, new byte[0], "The file is not a CSV file with a header line: it is empty");
        assertRefused(csv, new byte[] {'P', 'K', 3, 4, 0, 0, 20, 0}, "binary file");
        assertRefused(csv, "Name\nRenée\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "not UTF-8 text");
        assertThatThrownBy(() -> MappedCsvReader.header(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(Invalid.class).hasMessageContaining("it is empty");
    }
}
