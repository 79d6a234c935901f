package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportsTest extends StoreTest {

    private Person ada() {
        return kith.people().add(owner(), new PersonDraft("Ada Lovelace", List.of("ada@example.com"), List.of("+44 20 7946 0000"),
                "Analytical Engines", "Analyst, numbers", "London", "linkedin.com/in/ada", "--12-10", "A salon",
                List.of("math", "engines"), "connector", "Wrote *the* first program,\nand more", 45, List.of("Monthly"), null,
                List.of("a co-founder")), TODAY);
    }

    private String export(long account, ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        kith.exports().people(account, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theCsvHasAColumnForEveryFieldAndARowForEveryone() throws IOException {
        ada();
        kith.people().add(owner(), PersonDraft.named("Grace Hopper"), TODAY);

        String csv = export(owner(), ExportFormat.CSV);

        assertThat(csv).startsWith("\uFEFFName,Emails,Phones,Company,Role,Location,LinkedIn,Birthday,How we met,Topics,");
        assertThat(csv.lines().count()).isEqualTo(4); // the header, Ada over two lines (her notes), Grace
        assertThat(csv).contains("Ada Lovelace,ada@example.com,+44 20 7946 0000,Analytical Engines,\"Analyst, numbers\",London,"
                + "https://linkedin.com/in/ada,--12-10,A salon,math; engines,a co-founder,connector,Monthly,45,45,",
                "\"Wrote *the* first program,\nand more\"", "Grace Hopper,");
    }

    @Test
    void aVCardExportImportsBackIntoAnotherAccountWithNothingLost() throws IOException {
        Person ada = ada();
        long other = anotherAccount();
        for (ExportFormat format : List.of(ExportFormat.VCARD, ExportFormat.VCARD3)) {
            String vcf = export(owner(), format);

            kith.imports().apply(other, ImportFormat.VCARD, new ByteArrayInputStream(vcf.getBytes(StandardCharsets.UTF_8)),
                    new ImportOptions(null), TODAY, Imports.Progress.none());

            Person back = kith.people().get(other, kith.people().resolve(other, "Ada") instanceof app.kith.person.Match.One one
                    ? one.person().id() : -1);
            assertThat(back.toDraft().withCircles(List.of()).withRhythm(null)).as(format.key())
                    .isEqualTo(ada.toDraft().withCircles(List.of()).withRhythm(null));
            assertThat(back.circles()).extracting(Person.CircleRef::name).containsExactly("Monthly");
            assertThat(back.ownRhythmDays()).isEqualTo(45);
        }
        assertThat(export(other, ExportFormat.CSV).lines().count()).as("imported twice, one person").isEqualTo(3);
    }

    @Test
    void anotherAccountsPeopleAreNeverExported() throws IOException {
        ada();
        long other = anotherAccount();

        assertThat(export(other, ExportFormat.VCARD)).doesNotContain("Ada");
        assertThat(export(other, ExportFormat.CSV).lines().count()).isEqualTo(1);
    }
}
