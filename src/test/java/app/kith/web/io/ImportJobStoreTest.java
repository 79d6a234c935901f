package app.kith.web.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.MovableClock;
import app.kith.StoreTest;
import app.kith.io.ImportResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An import job's row says what any node's page shows: its progress, its result or its error, to
 * its account only; a job no node beats for any more reads as stopped; every job goes after an hour.
 */
class ImportJobStoreTest extends StoreTest {

    private final MovableClock clock = new MovableClock(NOW);
    private ImportJobStore jobs;

    @BeforeEach
    void aStore() {
        jobs = new ImportJobStore(db, clock, Duration.ofMinutes(1));
    }

    @Test
    void aJobShowsItsProgressThenItsWholeResult() {
        long account = owner();
        jobs.begin(account, "j1", "Connections.csv", true);
        assertThat(jobs.find(account, "j1")).hasValue(new ImportJob("j1", account, "Connections.csv", true, "waiting",
                -1, null, null, null));

        jobs.progress(account, "j1", "reading", 0.58);
        assertThat(jobs.find(account, "j1").orElseThrow()).satisfies(j -> {
            assertThat(j.stage()).isEqualTo("reading");
            assertThat(j.done()).isEqualTo(0.58);
            assertThat(j.finished()).isFalse();
        });

        ImportResult result = new ImportResult(true, "csv", 3, 1, 1, 0, 1, List.of("Friends"),
                List.of(new ImportResult.Row(2, "Ada Lovelace", "create", "new")),
                List.of(new ImportResult.Skip(4, "linkedin.com/in/nobody", "no first or last name")), 1,
                Map.of("name", "Full Name"), List.of(new ImportResult.Dropped(3, "Grace", "birthday", "31/02/1990",
                "is not a date")), 1, List.of(new ImportResult.Group(5, "Family", 2, 1)),
                List.of(new ImportResult.Changed(3, 7, "Grace Hopper", List.of("role Engineer → Admiral"))));
        jobs.done(account, "j1", result);
        jobs.progress(account, "j1", "writing", 0.9);

        ImportJob done = jobs.find(account, "j1").orElseThrow();
        assertThat(done.finished()).isTrue();
        assertThat(done.result()).as("as it was, and no later progress over it").isEqualTo(result);
        assertThat(done.stage()).isEqualTo("done");
    }

    @Test
    void aRefusedJobSaysWhyNextToItsField() {
        long account = owner();
        jobs.begin(account, "j1", "notes.txt", false);
        jobs.failed(account, "j1", "refused", "This is not a LinkedIn export", "file");

        assertThat(jobs.find(account, "j1")).hasValue(new ImportJob("j1", account, "notes.txt", false, "refused", 1,
                null, "This is not a LinkedIn export", "file"));
    }

    @Test
    void anotherAccountsJobIsNotFound() {
        long owner = owner();
        long other = anotherAccount();
        jobs.begin(owner, "j1", "Connections.csv", false);

        assertThat(jobs.find(other, "j1")).isEmpty();
        jobs.progress(other, "j1", "reading", 0.5);
        jobs.failed(other, "j1", "failed", "not yours", "form");
        assertThat(jobs.find(owner, "j1").orElseThrow().stage()).as("unchanged by the other").isEqualTo("waiting");
    }

    @Test
    void aJobNoNodeBeatsForReadsAsStoppedAndOneThatEndedNever() {
        long account = owner();
        jobs.begin(account, "import", "Connections.csv", true);
        jobs.begin(account, "preview", "Connections.csv", false);
        jobs.begin(account, "ended", "Connections.csv", false);
        jobs.failed(account, "ended", "refused", "Not a LinkedIn export", "file");

        clock.advance(Duration.ofSeconds(50));
        jobs.beat(account, "import");
        jobs.beat(account, "preview");
        clock.advance(Duration.ofSeconds(50));
        assertThat(jobs.find(account, "import").orElseThrow().finished()).as("beaten 50 s ago").isFalse();

        clock.advance(Duration.ofSeconds(11));
        ImportJob stopped = jobs.find(account, "import").orElseThrow();
        assertThat(stopped.finished()).isTrue();
        assertThat(stopped.errorField()).isEqualTo("form");
        assertThat(stopped.error()).contains("The import stopped: the server running it went away",
                "is being taken back", "choose the file again");
        assertThat(jobs.find(account, "preview").orElseThrow().error())
                .contains("The preview stopped", "Nothing was written");
        assertThat(jobs.find(account, "ended").orElseThrow().error()).isEqualTo("Not a LinkedIn export");
    }

    @Test
    void everyJobGoesAnHourAfterItWasLastHeardOf() {
        long owner = owner();
        long other = anotherAccount();
        jobs.begin(owner, "ended", "a.csv", false);
        jobs.failed(owner, "ended", "refused", "no", "file");
        jobs.begin(other, "running", "b.csv", true);
        jobs.begin(other, "orphan", "c.csv", true);

        clock.advance(ImportJobStore.KEEP.minusSeconds(5));
        jobs.beat(other, "running");
        assertThat(jobs.expire()).isZero();
        clock.advance(Duration.ofSeconds(5));

        assertThat(jobs.expire()).as("the ended job and the one no node beats for").isEqualTo(2);
        assertThat(jobs.find(owner, "ended")).isEmpty();
        assertThat(jobs.find(other, "orphan")).isEmpty();
        assertThat(jobs.find(other, "running")).isPresent();
    }
}
