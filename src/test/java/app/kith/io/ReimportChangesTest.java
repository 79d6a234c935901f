package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.person.JobChange;
import app.kith.person.Match;
import app.kith.person.PersonDraft;
import app.kith.person.ProfileUpdate;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A re-import says what it changes about people already here, and keeps a new job on their timeline. */
class ReimportChangesTest extends StoreTest {

    private static final String HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    private static final LocalDate LATER = TODAY.plusDays(40);

    private static InputStream linkedin(String rows) {
        return new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }

    private ImportResult apply(String rows, LocalDate on) {
        return kith.imports().apply(owner(), ImportFormat.LINKEDIN, linkedin(rows), new ImportOptions(null), on,
                Imports.Progress.none());
    }

    private long id(String name) {
        return ((Match.One) kith.identities().resolve(owner(), name)).person().id();
    }

    @Test
    void aReimportSaysWhatChangesAndKeepsTheNewJobOnTheTimeline() {
        apply("Ada,Lovelace,https://www.linkedin.com/in/ada,,Acme,Engineer,12 Mar 2024\n"
                + "Grace,Hopper,https://www.linkedin.com/in/grace,,Navy,Admiral,12 Mar 2024\n", TODAY);
        String newer = "Ada,Lovelace,https://www.linkedin.com/in/ada,,Stripe,Staff Engineer,12 Mar 2024\n"
                + "Grace,Hopper,https://www.linkedin.com/in/grace,,Navy,Admiral,12 Mar 2024\n";

        ImportResult preview = kith.imports().preview(owner(), ImportFormat.LINKEDIN, linkedin(newer), new ImportOptions(null));
        ImportResult result = apply(newer, LATER);

        for (ImportResult r : List.of(preview, result)) {
            assertThat(r.updated()).isEqualTo(1);
            assertThat(r.unchanged()).isEqualTo(1);
            assertThat(r.changed()).singleElement().satisfies(c -> {
                assertThat(c.name()).isEqualTo("Ada Lovelace");
                assertThat(c.line()).isEqualTo(2);
                assertThat(c.changes()).containsExactly("role Engineer → Staff Engineer", "company Acme → Stripe");
            });
            assertThat(r.rows()).filteredOn(row -> row.action().equals("update")).singleElement()
                    .satisfies(row -> assertThat(row.why()).startsWith("role Engineer → Staff Engineer; company Acme → Stripe"));
        }
        assertThat(rows("person_change")).as("a preview records nothing twice").isEqualTo(2);
        List<ProfileUpdate> timeline = kith.profileChanges().ofPerson(owner(), id("Ada Lovelace"));
        assertThat(timeline).singleElement().satisfies(u -> {
            assertThat(u.on()).isEqualTo(LATER);
            assertThat(u.source()).isEqualTo("LinkedIn import");
            assertThat(u.sentence()).isEqualTo("Role: Engineer at Acme → Staff Engineer at Stripe");
        });
        assertThat(kith.profileChanges().ofPerson(owner(), id("Grace Hopper"))).isEmpty();
    }

    @Test
    void aNewRoleAtTheSameCompanySaysWhereAndIsAJobChangeFromThatDay() {
        apply("Ada,Lovelace,https://www.linkedin.com/in/ada,,Stripe,Engineer,12 Mar 2024\n", TODAY);

        apply("Ada,Lovelace,https://www.linkedin.com/in/ada,,Stripe,Staff Engineer,12 Mar 2024\n", LATER);

        List<JobChange> jobs = kith.profileChanges().jobChangesSince(owner(), LATER);
        assertThat(jobs).singleElement().satisfies(j -> {
            assertThat(j.personId()).isEqualTo(id("Ada Lovelace"));
            assertThat(j.name()).isEqualTo("Ada Lovelace");
            assertThat(j.on()).isEqualTo(LATER);
            assertThat(j.roleBefore()).isEqualTo("Engineer");
            assertThat(j.roleAfter()).isEqualTo("Staff Engineer");
            assertThat(j.companyBefore()).isEqualTo("Stripe");
            assertThat(j.companyAfter()).isEqualTo("Stripe");
            assertThat(j.sentence()).isEqualTo("Role: Engineer → Staff Engineer at Stripe");
        });
        assertThat(kith.profileChanges().jobChangesSince(owner(), LATER.plusDays(1))).isEmpty();
    }

    @Test
    void fillingInWhatWasNotKnownIsOnTheTimelineButIsNoJobChange() {
        long ada = kith.people().add(owner(), new PersonDraft("Ada Lovelace", List.of(), List.of(), null, null, null,
                "https://www.linkedin.com/in/ada", null, null, List.of(), null, null, null, List.of(), null), TODAY).id();

        ImportResult result = apply("Ada,Lovelace,https://www.linkedin.com/in/ada,,Stripe,Engineer,12 Mar 2024\n", LATER);

        assertThat(result.changed()).singleElement().satisfies(c ->
                assertThat(c.changes()).containsExactly("adds role Engineer", "adds company Stripe"));
        assertThat(kith.profileChanges().ofPerson(owner(), ada)).extracting(ProfileUpdate::sentence)
                .containsExactly("Role: Engineer at Stripe");
        assertThat(kith.profileChanges().jobChangesSince(owner(), TODAY)).isEmpty();
    }

    @Test
    void anotherAccountsChangesAndADeletedPersonsAreNeverSeen() {
        apply("Ada,Lovelace,https://www.linkedin.com/in/ada,,Acme,Engineer,12 Mar 2024\n", TODAY);
        apply("Ada,Lovelace,https://www.linkedin.com/in/ada,,Stripe,Engineer,12 Mar 2024\n", LATER);
        long other = anotherAccount();

        assertThat(kith.profileChanges().jobChangesSince(other, TODAY)).isEmpty();
        assertThat(kith.profileChanges().ofPerson(other, id("Ada Lovelace"))).isEmpty();
        kith.people().delete(owner(), id("Ada Lovelace"));
        assertThat(kith.profileChanges().jobChangesSince(owner(), TODAY)).isEmpty();
    }
}
