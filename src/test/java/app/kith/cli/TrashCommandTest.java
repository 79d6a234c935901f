package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** kith trash, trash restore, trash delete and trash empty: what was deleted, brought back or let go. */
class TrashCommandTest {

    @TempDir
    Path data;

    private Cli kith;

    @BeforeEach
    void annIsInACircle() {
        kith = new Cli(data);
        assertThat(kith.run("circle", "add", "Mentors", "--every", "45").code()).isZero();
        assertThat(kith.run("add", "Ann Example", "--circle", "Mentors").code()).isZero();
    }

    @Test
    void anEmptyTrashSaysSo() {
        Cli.Result listed = kith.run("trash");

        assertThat(listed.code()).as(listed.toString()).isZero();
        assertThat(listed.out()).contains("The trash is empty");
    }

    @Test
    void aDeletedCircleIsListedAndRestoredWithItsMembers() {
        Cli.Result deleted = kith.run("circle", "delete", "Mentors");
        assertThat(deleted.out()).contains("kith trash restore circle");
        assertThat(kith.json("show", "Ann", "--json").get("circles").size()).isZero();

        Cli.Result listed = kith.run("trash");
        assertThat(listed.out()).contains("circle", "Mentors (1 person)", "for good after");
        long id = kith.json("trash", "--json").get(0).get("id").asLong();

        Cli.Result restored = kith.run("trash", "restore", "circle", "#" + id);

        assertThat(restored.code()).as(restored.toString()).isZero();
        assertThat(restored.out()).contains("Restored circle #" + id);
        JsonNode ann = kith.json("show", "Ann", "--json");
        assertThat(ann.get("circles").get(0).get("name").asString()).isEqualTo("Mentors");
        assertThat(ann.get("rhythmDays").asInt()).isEqualTo(45);
        assertThat(kith.run("trash").out()).contains("The trash is empty");
    }

    @Test
    void deleteAndEmptyLetGoForGood() {
        kith.run("log", "Ann", "--via", "call");
        long touchpoint = kith.json("touchpoints", "Ann", "--json").get(0).get("id").asLong();
        kith.run("touchpoint", "delete", String.valueOf(touchpoint));
        kith.run("circle", "delete", "Mentors");

        Cli.Result gone = kith.run("trash", "delete", "touchpoint", String.valueOf(touchpoint));
        assertThat(gone.code()).as(gone.toString()).isZero();
        assertThat(kith.run("trash", "restore", "touchpoint", String.valueOf(touchpoint)).code()).isNotZero();

        Cli.Result emptied = kith.run("trash", "empty");
        assertThat(emptied.out()).contains("Deleted for good 1 thing.");
        assertThat(kith.json("trash", "--json").size()).isZero();
    }

    @Test
    void anUnknownKindIsRefusedNamingTheKinds() {
        Cli.Result refused = kith.run("trash", "restore", "reminder", "1");

        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("KIND must be one of person, circle");
    }
}
