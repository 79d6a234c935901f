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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
        kith.exports().write(account, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theCsvHasAColumnForEveryFieldAndARowForEveryone() throws IOException {
        ada();
        kith.people().add(owner(), PersonDraft.named("Grace Hopper"), TODAY);

        String csv = export(owner(), ExportFormat.CSV);

        assertThat(csv).startsWith("\uFEFFName,Emails,Phones,Company,Role,Location,LinkedIn,Birthday,How we met,Topics,");
        assertThat(csv.lines().count()).isEqualTo(4); // the header, Ada over two lines (her notes), Grace
        assertThat(csv).contains("Ada Lovelace,ada@example.com,'+44 20 7946 0000,Analytical Engines,\"Analyst, numbers\",London,"
                + "https://linkedin.com/in/ada,'--12-10,A salon,math; engines,a co-founder,connector,Monthly,45,45,",
                "\"Wrote *the* first program,\nand more\"", "Grace Hopper,");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreWrittenAsTextAndKithReadsThemBackAsTheyWere() throws IOException {
        Person mallory = kith.people().add(owner(), new PersonDraft("=HYPERLINK(\"https://evil.example\",\"Click\")",
                List.of("mallory@example.com"), List.of("+1-555-0100"), "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", null,
                "--12-10", "'=quoted already", List.of("-minus"), null, "=1+1", null, List.of(), null, List.of()), TODAY);

        String csv = export(owner(), ExportFormat.CSV);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Click\"\")\"", "'+1-555-0100",
                "'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1:A9)", "'--12-10", "''=quoted already", "'-minus", "'=1+1");
        try (CSVParser cells = CSVParser.parse(csv, CSVFormat.DEFAULT)) {
            assertThat(cells.stream().skip(1).flatMap(CSVRecord::stream))
                    .as("no cell starts a formula").noneMatch(cell -> cell.matches("(?s)^[=+\\-@\t\r].*"));
        }

        long other = anotherAccount();
        kith.imports().apply(other, ImportFormat.CSV, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                new ImportOptions(null), TODAY, Imports.Progress.none());
        Person back = kith.people().search(other, null, 10, 0).get(0);
        assertThat(back.toDraft().withCircles(List.of())).isEqualTo(mallory.toDraft().withCircles(List.of()));
    }

    @Test
    void aVCardExportImportsBackIntoAnotherAccountWithNothingLost() throws IOException {
        Person ada = ada();
        long other = anotherAccount();
        for (ExportFormat format : List.of(ExportFormat.VCARD, ExportFormat.VCARD3)) {
            String vcf = export(owner(), format);

            kith.imports().apply(other, ImportFormat.VCARD, new ByteArrayInputStream(vcf.getBytes(StandardCharsets.UTF_8)),
                    new ImportOptions(null), TODAY, Imports.Progress.none());

            Person back = kith.people().get(other, kith.identities().resolve(other, "Ada") instanceof app.kith.person.Match.One one
                    ? one.person().id() : -1);
            assertThat(back.toDraft().withCircles(List.of()).withRhythm(null).withStartedOn(null)).as(format.key())
                    .isEqualTo(ada.toDraft().withCircles(List.of()).withRhythm(null).withStartedOn(null));
            // Imported, so first due within their first rhythm from the import day, not all at once.
            assertThat(back.dueOn()).isAfter(TODAY).isBeforeOrEqualTo(TODAY.plusDays(45));
            assertThat(back.circles()).extracting(Person.CircleRef::name).containsExactly("Monthly");
            assertThat(back.ownRhythmDays()).isEqualTo(45);
        }
        assertThat(export(other, ExportFormat.CSV).lines().count()).as("imported twice, one person").isEqualTo(3);
    }

    @Test
    void aCircleIsExportedAloneAndAJsonExportIsAlwaysWhole() throws IOException {
        ada();
        kith.people().add(owner(), PersonDraft.named("Grace Hopper").withCircles(List.of("Quarterly")), TODAY);
        long monthly = kith.circles().byName(owner(), "Monthly").orElseThrow().id();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        kith.exports().write(owner(), ExportFormat.VCARD, monthly, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("FN:Ada Lovelace").doesNotContain("Grace");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kith.exports().write(owner(), ExportFormat.JSON, monthly,
                new ByteArrayOutputStream())).isInstanceOf(app.kith.Invalid.class).hasMessageContaining("holds everything");
        long other = anotherAccount();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kith.exports().write(other, ExportFormat.CSV, monthly,
                new ByteArrayOutputStream())).isInstanceOf(app.kith.NotFound.class);
    }

    @Test
    void anotherAccountsPeopleAreNeverExported() throws IOException {
        ada();
        long other = anotherAccount();

        assertThat(export(other, ExportFormat.VCARD)).doesNotContain("Ada");
        assertThat(export(other, ExportFormat.CSV).lines().count()).isEqualTo(1);
    }

    @Test
    void theJsonExportHoldsEverythingOfTheAccountVersioned() throws IOException {
        Person ada = ada();
        Person grace = kith.people().add(owner(), PersonDraft.named("Grace Hopper"), TODAY);
        var account = kith.accounts().byId(owner());
        kith.touchpoints().log(owner(), new app.kith.touchpoint.NewTouchpoint(ada.id(), TODAY.minusDays(3), "coffee", "out",
                "talked about engines"), TODAY);
        var ask = kith.asks().ask(account, new app.kith.ask.NewAsk(ada.id(), "an intro to Babbage", TODAY.minusDays(9), null),
                TODAY);
        kith.asks().answer(account, ask.id(), new app.kith.ask.Answer.Punt(TODAY.plusDays(5)), TODAY, TODAY);
        kith.introductions().propose(owner(), new app.kith.intro.NewIntroduction(ada.id(), grace.id(), "both code", null),
                TODAY);
        kith.messages().add(owner(), new app.kith.message.NewTemplate("ask", "Mine", "Hi {first name}"));
        long other = anotherAccount();
        kith.people().add(other, PersonDraft.named("Zelda Unseen"), TODAY);

        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(export(owner(), ExportFormat.JSON));

        assertThat(json.get("format").asString()).isEqualTo("kith-export");
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("account").get("settings").get("capacity").asInt()).isEqualTo(5);
        assertThat(json.get("circles").get(0).get("name").asString()).isEqualTo("Monthly");
        assertThat(json.get("people")).hasSize(2);
        assertThat(json.get("people").get(0).get("topics").get(1).asString()).isEqualTo("engines");
        // Logged by hand, and by asking and answering: every one of them.
        assertThat(json.get("touchpoints")).hasSize(kith.touchpoints().count(owner()));
        assertThat(json.get("asks").get(0).get("events")).hasSize(2);
        assertThat(json.get("introductions").get(0).get("reason").asString()).isEqualTo("both code");
        assertThat(json.get("messageTemplates")).singleElement()
                .satisfies(t -> assertThat(t.get("name").asString()).isEqualTo("Mine"));
        assertThat(json.toString()).doesNotContain("Zelda");
    }
}
