package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.StoreTest;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportsTest extends StoreTest {

    private static final String HEADER = "Notes:\n\"a note, with a comma\"\n\n"
            + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    private static InputStream file(String rows) {
        return new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }

    private ImportResult apply(String rows, String circle) {
        return kith.imports().apply(owner(), ImportFormat.LINKEDIN, file(rows), new ImportOptions(circle), TODAY,
                Imports.Progress.none());
    }

    private List<Person> everyone() {
        return kith.people().list(owner(), app.kith.person.PeopleQuery.everyone(100), TODAY).people();
    }

    @Test
    void aPreviewSaysWhatWouldHappenAndWritesNothing() {
        ImportResult preview = kith.imports().preview(owner(), ImportFormat.LINKEDIN, file("""
                Ada,Lovelace,https://www.linkedin.com/in/ada,ada@example.com,Engines,Analyst,12 Mar 2024
                ,,https://www.linkedin.com/in/nobody,,,,12 Mar 2024
                Ada,L.,linkedin.com/in/ada/,,Engines,,12 Mar 2024
                """), new ImportOptions(null));

        assertThat(preview.applied()).isFalse();
        assertThat(preview.read()).isEqualTo(3);
        assertThat(preview.created()).isEqualTo(1);
        assertThat(preview.merged()).isEqualTo(1);
        assertThat(preview.skipped()).containsExactly(new ImportResult.Skip(6, "https://www.linkedin.com/in/nobody", "no first or last name"));
        assertThat(preview.rows()).extracting(ImportResult.Row::line, ImportResult.Row::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "create"), org.assertj.core.groups.Tuple.tuple(6, "skip"),
                        org.assertj.core.groups.Tuple.tuple(7, "merge"));
        assertThat(rows("person")).isZero();
    }

    @Test
    void peopleImportedIntoACircleArriveSpreadOverTheirFirstRhythmNotFromTheDayYouConnected() {
        StringBuilder rows = new StringBuilder();
        for (int n = 1; n <= 30; n++) {
            rows.append("Person,Number").append(n).append(",https://www.linkedin.com/in/person-").append(n)
                    .append(",,Acme,Engineer,01 Jan 2019\n");
        }

        ImportResult result = apply(rows.toString(), "Monthly");

        assertThat(result.created()).isEqualTo(30);
        List<Person> people = everyone();
        assertThat(people).allSatisfy(p -> {
            assertThat(p.rhythmDays()).isEqualTo(30);
            assertThat(p.lastTouchOn()).isNull();
            assertThat(p.dueOn()).isAfter(TODAY).isBeforeOrEqualTo(TODAY.plusDays(30));
        });
        assertThat(people.stream().map(Person::dueOn).distinct().count()).as("about one a day").isGreaterThanOrEqualTo(25);
        assertThat(kith.planner().today(kith.accounts().owner(), TODAY, 0).backlog()).isZero();
    }

    @Test
    void theSameFileGivesTheSameFirstDueDaysInEveryAccount() {
        String rows = """
                Ada,Lovelace,https://www.linkedin.com/in/ada,ada@example.com,Engines,Analyst,12 Feb 2026
                Grace,Hopper,https://www.linkedin.com/in/grace,,Navy,Admiral,7-Feb-22
                Alan,Turing,https://www.linkedin.com/in/alan,,Bletchley,,7-Feb-22
                """;
        apply(rows, "Monthly");
        long other = anotherAccount();
        kith.imports().apply(other, ImportFormat.LINKEDIN, file(rows), new ImportOptions("Monthly"), TODAY,
                Imports.Progress.none());

        List<LocalDate> mine = everyone().stream().sorted(java.util.Comparator.comparing(Person::name))
                .map(Person::dueOn).toList();
        List<LocalDate> theirs = kith.people().list(other, app.kith.person.PeopleQuery.everyone(100), TODAY).people()
                .stream().sorted(java.util.Comparator.comparing(Person::name)).map(Person::dueOn).toList();
        assertThat(mine).isEqualTo(theirs).doesNotHaveDuplicates();
        assertThat(mine).allMatch(d -> d.isAfter(TODAY) && !d.isAfter(TODAY.plusDays(30)));
    }

    @Test
    void peopleImportedWithoutACircleAreNotTrackedAndTheirClockStartsOnTheImportDay() {
        apply("Grace,Hopper,https://www.linkedin.com/in/grace,,Navy,Admiral,7-Feb-22\n", null);

        Person grace = everyone().get(0);
        assertThat(grace.rhythmDays()).isNull();
        assertThat(grace.startedOn()).as("not the day you connected, years ago").isEqualTo(TODAY);
        Person tracked = kith.people().update(owner(), grace.id(), grace.toDraft().withRhythm(30));
        assertThat(tracked.dueOn()).isEqualTo(TODAY.plusDays(30));
    }

    @Test
    void aConnectedOnAfterTodayIsLeftOutWithWhyAndThePersonIsImported() {
        String rows = """
                Ada,Lovelace,https://www.linkedin.com/in/ada,,Engines,Analyst,3 Mar 2026
                Grace,Hopper,https://www.linkedin.com/in/grace,,Navy,Admiral,2 Mar 2026
                """;

        ImportResult preview = kith.imports().preview(owner(), ImportFormat.LINKEDIN, file(rows), new ImportOptions(null));
        ImportResult result = apply(rows, null);

        for (ImportResult r : List.of(preview, result)) {
            assertThat(r.skipped()).isEmpty();
            assertThat(r.created()).isEqualTo(2);
            assertThat(r.dropped()).singleElement().satisfies(d -> {
                assertThat(d.line()).isEqualTo(5);
                assertThat(d.why()).contains("is after today (2026-03-02); Kith records only what has happened");
            });
        }
        Person ada = everyone().stream().filter(p -> p.name().startsWith("Ada")).findFirst().orElseThrow();
        assertThat(ada.startedOn()).isNotEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(ada.lastTouchOn()).isNull();
    }

    @Test
    void importingTheSameFileAgainCreatesNobodyTwiceAndAddsWhatIsNew() {
        String rows = "Ada,Lovelace,https://www.linkedin.com/in/ada,,Engines,Analyst,12 Mar 2024\n";
        apply(rows, null);

        ImportResult again = apply(rows, null);
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);

        ImportResult withEmail = apply("Ada,Lovelace,https://linkedin.com/in/ADA/,ada@example.com,Other Co,CTO,12 Mar 2024\n",
                null);
        assertThat(withEmail.updated()).isEqualTo(1);
        assertThat(everyone()).singleElement().satisfies(ada -> {
            assertThat(ada.emails()).containsExactly("ada@example.com");
            assertThat(ada.company()).as("a newer export knows where they work now").isEqualTo("Other Co");
            assertThat(ada.role()).isEqualTo("CTO");
            assertThat(withEmail.changed()).singleElement().satisfies(c -> assertThat(c.changes()).containsExactly(
                    "role Analyst → CTO", "company Engines → Other Co", "adds email ada@example.com"));
        });
    }

    @Test
    void someoneAlreadyHereKeepsTheirCirclesAndIsMatchedByEmail() {
        Person ada = kith.people().add(owner(), PersonDraft.named("Ada King").withCircles(List.of("Weekly")), TODAY);
        kith.people().update(owner(), ada.id(), new PersonDraft("Ada King", List.of("ada@example.com"), List.of(), null,
                null, null, null, null, null, List.of(), null, null, null, List.of("Weekly"), null, List.of()));

        ImportResult result = apply("Ada,Lovelace,https://www.linkedin.com/in/ada,ADA@example.com,Engines,,12 Mar 2024\n",
                "Quarterly");

        assertThat(result.updated()).isEqualTo(1);
        Person after = kith.people().get(owner(), ada.id());
        assertThat(after.name()).isEqualTo("Ada King");
        assertThat(after.company()).isEqualTo("Engines");
        assertThat(after.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/ada");
        assertThat(after.circles()).extracting(Person.CircleRef::name).containsExactly("Weekly");
        assertThat(rows("person")).isEqualTo(1);
    }

    @Test
    void anUnknownCircleOrABrokenFileIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> apply("Ada,Lovelace,,,,,\n", "Mentors"))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("circle"))
                .hasMessageContaining("there is no circle \"Mentors\"");
        // The first rows are fine; the file turns out not to be text further on.
        byte[] good = (HEADER + "Ada,Lovelace,,,,,\n").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[good.length + 3];
        System.arraycopy(good, 0, broken, 0, good.length);
        broken[good.length] = 'G';
        broken[good.length + 1] = 0;
        broken[good.length + 2] = '\n';
        assertThatThrownBy(() -> kith.imports().apply(owner(), ImportFormat.LINKEDIN, new ByteArrayInputStream(broken),
                new ImportOptions(null), TODAY, Imports.Progress.none())).isInstanceOf(Invalid.class)
                .hasMessageContaining("binary file");
        assertThat(rows("person")).isZero();
    }

    /** More rows than are written at a time, the last about the first person again, with an email. */
    private static String manyRows(int count) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < count; i++) {
            rows.append("P").append(i).append(",Row,https://www.linkedin.com/in/p").append(i).append(",,Acme,,12 Mar 2024\n");
        }
        return rows.append("P0,Row,https://linkedin.com/in/p0,p0@example.com,,,12 Mar 2024\n").toString();
    }

    @Test
    void aLargeFileIsWrittenAsItIsReadAndALateRowAboutAnEarlyPersonStillMerges() {
        int count = ImportPlan.CHUNK + 500;
        ImportResult preview = kith.imports().preview(owner(), ImportFormat.LINKEDIN, file(manyRows(count)),
                new ImportOptions(null));

        ImportResult applied = apply(manyRows(count), null);

        for (ImportResult r : List.of(preview, applied)) {
            assertThat(r.created()).isEqualTo(count);
            assertThat(r.merged()).isEqualTo(1);
            assertThat(r.updated()).isZero();
        }
        assertThat(rows("person")).isEqualTo(count);
        Person first = kith.people().get(owner(), ((app.kith.person.Match.One) kith.identities().resolve(owner(), "P0 Row"))
                .person().id());
        assertThat(first.emails()).containsExactly("p0@example.com");
    }

    @Test
    void aFailureAfterSomePeopleWereWrittenLeavesNothing() {
        byte[] good = (HEADER + manyRows(ImportPlan.CHUNK + 10)).getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[good.length + 2];
        System.arraycopy(good, 0, broken, 0, good.length);
        broken[good.length] = 0;
        broken[good.length + 1] = '\n';

        assertThatThrownBy(() -> kith.imports().apply(owner(), ImportFormat.LINKEDIN, new ByteArrayInputStream(broken),
                new ImportOptions(null), TODAY, Imports.Progress.none())).isInstanceOf(Invalid.class);

        assertThat(rows("person")).isZero();
        assertThat(rows("person_email")).isZero();
    }

    @Test
    void rowsFarApartInALongFileFindThePeopleAlreadyHereAndEachOther() {
        Person ada = kith.people().add(owner(), new PersonDraft("Ada Lovelace", List.of("ada@example.com"), List.of(),
                null, null, null, null, null, null, null, null, null, null, null, null), TODAY);
        Person grace = kith.people().add(owner(), new PersonDraft("Grace Hopper", List.of(), List.of(), null, null, null,
                "linkedin.com/in/grace", null, null, null, null, null, null, null, null), TODAY);
        StringBuilder rows = new StringBuilder("Grace,Hopper,https://www.linkedin.com/in/Grace/,,Navy,,12 Mar 2024\n");
        for (int i = 0; i < ImportPlan.LOOKAHEAD * 3; i++) {
            rows.append("P").append(i).append(",Row,https://www.linkedin.com/in/p").append(i).append(",,Acme,,12 Mar 2024\n");
        }
        rows.append("Ada,Lovelace,,ADA@example.com,Engines,,12 Mar 2024\n");
        rows.append("P7,Again,https://linkedin.com/in/p7/,p7@example.com,,,12 Mar 2024\n");

        ImportResult result = apply(rows.toString(), null);

        assertThat(result.created()).isEqualTo(ImportPlan.LOOKAHEAD * 3);
        assertThat(result.updated()).isEqualTo(2);
        assertThat(result.merged()).isEqualTo(1);
        assertThat(kith.people().get(owner(), ada.id()).company()).isEqualTo("Engines");
        assertThat(kith.people().get(owner(), grace.id()).company()).isEqualTo("Navy");
        assertThat(kith.identities().identityIndex(owner(), List.of("email:p7@example.com"))).hasSize(1);
    }

    @Test
    void anotherAccountsPeopleAreNeverMatched() {
        long other = anotherAccount();
        kith.people().add(other, new PersonDraft("Ada Elsewhere", List.of("ada@example.com"), List.of(), null, null, null,
                null, null, null, List.of(), null, null, null, List.of(), null, List.of()), TODAY);

        ImportResult result = apply("Ada,Lovelace,,ada@example.com,,,\n", null);

        assertThat(result.created()).isEqualTo(1);
        assertThat(kith.people().get(other, kith.people().list(other, app.kith.person.PeopleQuery.everyone(100), TODAY).people()
                .get(0).id()).name()).isEqualTo("Ada Elsewhere");
    }
}
