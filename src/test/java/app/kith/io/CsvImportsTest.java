package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import app.kith.StoreTest;
import app.kith.person.PeopleQuery;
import app.kith.person.Person;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Google, Outlook and mapped CSV files through the whole import: planned, written, and imported again. */
class CsvImportsTest extends StoreTest {

    private ImportResult apply(ImportFormat format, InputStream in, ImportOptions options) {
        return kith.imports().apply(owner(), format, in, options, TODAY, Imports.Progress.none());
    }

    private static InputStream fixture(String path) {
        return CsvImportsTest.class.getResourceAsStream(path);
    }

    private List<Person> everyone() {
        return kith.people().list(owner(), PeopleQuery.everyone(100), TODAY).people();
    }

    @Test
    void aGoogleExportImportedTwiceOrInItsOtherLayoutCreatesNobodyTwice() throws IOException {
        ImportResult first;
        try (InputStream in = fixture("/io/google/google-legacy.csv")) {
            first = apply(ImportFormat.GOOGLE, in, new ImportOptions(null));
        }
        assertThat(first.created()).isEqualTo(4);
        assertThat(first.skipped()).containsExactly(new ImportResult.Skip(7, "empty", "no name, email or company"));
        assertThat(first.newCircles()).containsExactly("Clients", "Friends", "Navy");
        assertThat(first.mapping()).isNull();
        Person ada = everyone().stream().filter(p -> p.name().equals("Ada Lovelace")).findFirst().orElseThrow();
        assertThat(ada.emails()).containsExactly("ada@example.com", "ada.l@work.example");
        assertThat(ada.circles()).extracting(Person.CircleRef::name).containsExactlyInAnyOrder("Clients", "Friends");

        try (InputStream again = fixture("/io/google/google-legacy.csv")) {
            ImportResult second = apply(ImportFormat.GOOGLE, again, new ImportOptions(null));
            assertThat(second.created()).isZero();
            assertThat(second.unchanged()).isEqualTo(4);
        }
        try (InputStream newer = fixture("/io/google/google-2023.csv")) {
            assertThat(apply(ImportFormat.GOOGLE, newer, new ImportOptions(null)).created()).isZero();
        }
        assertThat(everyone()).hasSize(4);
    }

    @Test
    void anOutlookExportIsImported() {
        try (InputStream in = fixture("/io/outlook/outlook.csv")) {
            ImportResult result = apply(ImportFormat.OUTLOOK, in, new ImportOptions(null));
            assertThat(result.created()).isEqualTo(4);
            assertThat(result.skipped()).extracting(ImportResult.Skip::line).containsExactly(6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(everyone()).extracting(Person::name).contains("José María Núñez", "noname@example.com");
    }

    @Test
    void aPlainCsvSaysWhichMappingItWasReadWith() {
        String sheet = "Full Name,Email,Groups\nAda Lovelace,ada@example.com,Clients\n";

        ImportResult guessed = kith.imports().preview(owner(), ImportFormat.CSV,
                new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)), new ImportOptions(null));
        assertThat(guessed.mapping()).containsExactly(entry("name", "Full Name"), entry("emails", "Email"),
                entry("circles", "Groups"));
        assertThat(rows("person")).isZero();

        ImportResult given = apply(ImportFormat.CSV, new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)),
                new ImportOptions(null, Map.of("name", "Full Name", "topics", "Groups")));
        assertThat(given.mapping()).containsOnly(entry("name", "Full Name"), entry("topics", "Groups"));
        assertThat(everyone()).singleElement().satisfies(p -> assertThat(p.topics()).containsExactly("Clients"));
    }
}
