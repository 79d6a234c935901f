package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.kith.StoreTest;
import app.kith.person.PeopleQuery;
import app.kith.person.Person;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One bad optional value never drops a person: they come in without it, and the preview and the result say so. */
class BadValuesImportTest extends StoreTest {

    private static InputStream fixture(String path) {
        return BadValuesImportTest.class.getResourceAsStream(path);
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private ImportResult apply(ImportFormat format, InputStream in) {
        return kith.imports().apply(owner(), format, in, new ImportOptions(null), TODAY, Imports.Progress.none());
    }

    private Person named(String name) {
        return kith.people().list(owner(), PeopleQuery.everyone(100), TODAY).people().stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aGoogleExportWithABadEmailPhoneLinkAndBirthdayBringsEveryoneInWithoutThem() {
        ImportResult preview = kith.imports().preview(owner(), ImportFormat.GOOGLE, fixture("/io/google/google-bad-values.csv"),
                new ImportOptions(null));
        ImportResult result = apply(ImportFormat.GOOGLE, fixture("/io/google/google-bad-values.csv"));

        for (ImportResult r : List.of(preview, result)) {
            assertThat(r.created()).isEqualTo(12);
            assertThat(r.droppedCount()).isEqualTo(4);
            assertThat(r.dropped()).extracting(ImportResult.Dropped::line, ImportResult.Dropped::name,
                    ImportResult.Dropped::field).containsExactly(tuple(7, "Farid Haddad", "emails"),
                    tuple(9, "Hiro Tanaka", "phones"), tuple(12, "Jonas Weber", "linkedinUrl"),
                    tuple(14, "Kemi Adeyemi", "birthday"));
            assertThat(r.dropped().get(3).sentence()).isEqualTo("birthday '31/02/1990' is not a date; imported without it");
            assertThat(r.dropped().get(0).sentence())
                    .isEqualTo("email 'farid.haddad@example' is not an email address; imported without it");
            assertThat(r.skipped()).containsExactly(new ImportResult.Skip(10, "+1 212 555 0199", "no name, email or company"));
        }
        Person kemi = named("Kemi Adeyemi");
        assertThat(kemi.birthday()).isNull();
        assertThat(kemi.role()).isEqualTo("CTO");
        assertThat(kemi.emails()).containsExactly("kemi@flutterwave.example");
        assertThat(named("Farid Haddad").emails()).isEmpty();
        assertThat(named("Farid Haddad").phones()).containsExactly("+961 3 555 012");
        assertThat(named("Hiro Tanaka").phones()).isEmpty();
        assertThat(named("Jonas Weber").linkedinUrl()).isNull();
        assertThat(named("Ingrid Olsen").linkedinUrl()).as("a website that is not LinkedIn is no bad value").isNull();
    }

    @Test
    void aLinkedInRowWithABadEmailOrDateIsImportedWithoutThemAndTheNamelessRowIsNamedByItsProfile() {
        ImportResult result = apply(ImportFormat.LINKEDIN, fixture("/io/linkedin/Connections.csv"));

        assertThat(result.created()).isEqualTo(5);
        assertThat(result.dropped()).extracting(ImportResult.Dropped::sentence).containsExactly(
                "Connected On 'not a date' is not a date; imported without it",
                "email 'priya@example' is not an email address; imported without it");
        assertThat(result.skipped()).extracting(ImportResult.Skip::sentence)
                .containsExactly("line 8 (https://www.linkedin.com/in/nobody): no first or last name");
        assertThat(result.rows()).extracting(ImportResult.Row::name).doesNotContainNull();
        Person sam = named("Sam Okafor");
        assertThat(sam.startedOn()).as("without the day you connected, the clock starts on the import").isEqualTo(TODAY);
        assertThat(named("Priya Raman").emails()).isEmpty();
    }

    @Test
    void aCsvRowWithAValueTooLongOrABadRhythmOfWordsKeepsTheRest() {
        String notes = "x".repeat(100_001);
        ImportResult result = apply(ImportFormat.CSV, text("Name,Email,Phone,Notes,Tags\n"
                + "Ada Lovelace,ada@@example.com,+44 7700 900123," + notes + ",Clients\n"
                + "Grace Hopper,grace@navy.example,12,,Navy\n"));

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.dropped()).extracting(ImportResult.Dropped::line, ImportResult.Dropped::field,
                ImportResult.Dropped::why).containsExactly(tuple(2, "emails", "is not an email address"),
                tuple(2, "notes", "is longer than 100,000 characters"), tuple(3, "phones", "is not a phone number"));
        assertThat(result.dropped().get(1).value()).hasSizeLessThanOrEqualTo(200);
        Person ada = named("Ada Lovelace");
        assertThat(ada.phones()).containsExactly("+44 7700 900123");
        assertThat(ada.notes()).isNull();
        assertThat(ada.circles()).extracting(Person.CircleRef::name).containsExactly("Clients");
    }

    @Test
    void anIcloudCardWithABadEmailAndBirthdayComesInWithItsPhone() {
        ImportResult result = apply(ImportFormat.VCARD, fixture("/io/vcard/icloud-groups-3.0.vcf"));

        assertThat(result.created()).isEqualTo(5);
        assertThat(result.dropped()).extracting(ImportResult.Dropped::line, ImportResult.Dropped::sentence).containsExactly(
                tuple(41, "birthday '1958-02-30' is not a date; imported without it"),
                tuple(41, "email 'ngozi.okafor@example' is not an email address; imported without it"),
                tuple(53, "phone 'call me maybe' is not a phone number; imported without it"));
        Person ngozi = named("Ngozi Okafor");
        assertThat(ngozi.phones()).containsExactly("+44 7700 900456");
        assertThat(ngozi.birthday()).isNull();
    }
}
