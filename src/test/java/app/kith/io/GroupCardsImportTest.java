package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.circle.Circle;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Group cards become circles, never people; their members join them whether they come before or after. */
class GroupCardsImportTest extends StoreTest {

    private static InputStream fixture(String name) {
        return GroupCardsImportTest.class.getResourceAsStream("/io/vcard/" + name);
    }

    private ImportResult apply(InputStream in) {
        return kith.imports().apply(owner(), ImportFormat.VCARD, in, new ImportOptions(null), TODAY, Imports.Progress.none());
    }

    private List<Person> everyone() {
        List<Person> everyone = new java.util.ArrayList<>();
        kith.people().forEach(owner(), null, everyone::add);
        return everyone;
    }

    private List<String> membersOf(String circle) {
        return everyone().stream().filter(p -> p.circles().stream().anyMatch(c -> c.name().equals(circle)))
                .map(Person::name).sorted().toList();
    }

    private Circle circle(String name) {
        return kith.circles().byName(owner(), name).orElseThrow();
    }

    @Test
    void iCloudGroupsBecomeCirclesWhoseMembersJoinThemWhicheverCardComesFirst() {
        ImportResult result = apply(fixture("icloud-groups-3.0.vcf"));

        assertThat(everyone()).extracting(Person::name).doesNotContain("Family", "Book Club").hasSize(5);
        assertThat(membersOf("Family")).containsExactly("Bjørn Sørensen", "Ngozi Okafor", "Tom Okafor", "Élodie Lefèvre");
        assertThat(membersOf("Book Club")).containsExactly("Priya Raman", "Élodie Lefèvre");
        assertThat(circle("Family").rhythmDays()).as("a group name says no rhythm").isNull();
        assertThat(result.newCircles()).containsExactlyInAnyOrder("Family", "Book Club");
        assertThat(result.groups()).extracting(ImportResult.Group::sentence).containsExactly(
                "Group 'Family' → circle with 4 people",
                "Group 'Book Club' → circle with 2 people (1 member not in the file)");
        assertThat(result.rows()).filteredOn(r -> r.action().equals("group")).extracting(ImportResult.Row::name)
                .containsExactly("Family", "Book Club");
    }

    @Test
    void aPreviewSaysWhatEachGroupWouldBecomeAndWritesNothing() {
        ImportResult preview = kith.imports().preview(owner(), ImportFormat.VCARD, fixture("icloud-groups-3.0.vcf"),
                new ImportOptions(null));

        assertThat(preview.groups()).extracting(ImportResult.Group::name, ImportResult.Group::people)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Family", 4), org.assertj.core.groups.Tuple.tuple("Book Club", 2));
        assertThat(preview.newCircles()).containsExactlyInAnyOrder("Family", "Book Club");
        assertThat(preview.created()).isEqualTo(5);
        assertThat(rows("person")).isZero();
        assertThat(rows("circle")).isZero();
    }

    @Test
    void vCard4GroupsNameMembersByUidOrEmailAndAMonthlyGroupKeepsItsRhythm() {
        ImportResult result = apply(fixture("groups-4.0.vcf"));

        assertThat(membersOf("Engines Club")).containsExactly("Ada Lovelace", "Charles Babbage", "Mary Somerville");
        assertThat(membersOf("Monthly")).containsExactly("Mary Somerville");
        assertThat(circle("Monthly").rhythmDays()).isEqualTo(30);
        assertThat(result.newCircles()).containsExactly("Engines Club");
        Person mary = everyone().stream().filter(p -> p.name().equals("Mary Somerville")).findFirst().orElseThrow();
        assertThat(mary.rhythmDays()).isEqualTo(30);
        assertThat(result.dropped()).extracting(ImportResult.Dropped::sentence).containsExactly(
                "LinkedIn URL 'not a web address linkedin.com' is not a LinkedIn address; imported without it");
    }

    @Test
    void aGroupsMembersAlreadyInKithJoinItsCircleAndThePreviewSaysSo() {
        Person priya = kith.people().add(owner(), new PersonDraft("Priya R.", List.of("priya@fathom.example"), List.of(),
                null, null, null, null, null, null, List.of(), null, null, null, List.of("Weekly"), null), TODAY);

        ImportResult preview = kith.imports().preview(owner(), ImportFormat.VCARD, fixture("icloud-groups-3.0.vcf"),
                new ImportOptions("Quarterly"));
        ImportResult result = kith.imports().apply(owner(), ImportFormat.VCARD, fixture("icloud-groups-3.0.vcf"),
                new ImportOptions("Quarterly"), TODAY, Imports.Progress.none());

        for (ImportResult r : List.of(preview, result)) {
            assertThat(r.created()).isEqualTo(4);
            assertThat(r.updated()).isEqualTo(1);
            assertThat(r.changed()).singleElement().satisfies(c -> {
                assertThat(c.personId()).isEqualTo(priya.id());
                assertThat(c.changes()).containsExactly("adds role Head of Data", "adds company Fathom", "joins Book Club");
            });
        }
        assertThat(kith.people().get(owner(), priya.id()).circles()).extracting(Person.CircleRef::name)
                .as("the import's circle is for the people it creates").containsExactlyInAnyOrder("Weekly", "Book Club");
    }

    @Test
    void membersWrittenInAnEarlierChunkStillJoinAGroupThatComesLast() {
        int count = ImportPlan.CHUNK + 5;
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < count; i++) {
            file.append("BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:00000000-0000-4000-8000-").append(String.format("%012d", i))
                    .append("\r\nFN:Person ").append(i).append("\r\nEMAIL:p").append(i).append("@example.com\r\nEND:VCARD\r\n");
        }
        file.append("BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:group\r\nFN:Alumni\r\n")
                .append("MEMBER:urn:uuid:00000000-0000-4000-8000-000000000000\r\n")
                .append("MEMBER:mailto:p1@example.com\r\n")
                .append("MEMBER:urn:uuid:00000000-0000-4000-8000-").append(String.format("%012d", count - 1)).append("\r\n")
                .append("END:VCARD\r\n");

        ImportResult result = apply(new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(result.created()).isEqualTo(count);
        assertThat(result.updated()).as("joining is no update of someone here").isZero();
        assertThat(membersOf("Alumni")).containsExactly("Person 0", "Person 1", "Person " + (count - 1));
        assertThat(result.groups()).singleElement().satisfies(g -> assertThat(g.people()).isEqualTo(3));
    }
}
