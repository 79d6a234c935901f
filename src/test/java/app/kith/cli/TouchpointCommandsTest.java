package app.kith.cli;

import static app.kith.cli.Cli.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** touchpoints, touchpoint edit and touchpoint delete: a mistake corrected, the clock following; nothing after today. */
class TouchpointCommandsTest {

    @TempDir
    Path data;

    private Cli kith;

    @BeforeEach
    void annIsMonthly() {
        kith = new Cli(data);
        assertThat(kith.run("add", "Ann Example", "--every", "30").code()).isZero();
    }

    private JsonNode ann() {
        return kith.json("show", "Ann Example", "--json");
    }

    private long onlyTouchpointId() {
        JsonNode all = kith.json("touchpoints", "Ann Example", "--json");
        assertThat(all.size()).isEqualTo(1);
        return all.get(0).get("id").asLong();
    }

    @Test
    void touchpointsAreListedNewestFirstWithTheirIds() {
        kith.run("log", "Ann", "--via", "coffee", "--on", "2026-02-10", "--note", "Talked about the move");
        kith.run("log", "Ann", "--via", "email", "--in", "--on", "2026-02-25");

        JsonNode all = kith.json("touchpoints", "Ann Example", "--json");

        assertThat(all.size()).isEqualTo(2);
        JsonNode newest = all.get(0);
        assertThat(newest.get("on").asString()).isEqualTo("2026-02-25");
        assertThat(newest.get("channel").asString()).isEqualTo("email");
        assertThat(newest.get("direction").asString()).isEqualTo("in");
        assertThat(newest.get("note").isNull()).isTrue();
        assertThat(newest.get("personId").asLong()).isEqualTo(ann().get("id").asLong());
        assertThat(all.get(1).get("note").asString()).isEqualTo("Talked about the move");
        assertThat(kith.json("touchpoints", "Ann Example", "--json", "--limit", "1").size()).isEqualTo(1);

        Cli.Result listed = kith.run("touchpoints", "Ann");
        assertThat(listed.code()).as(listed.toString()).isZero();
        assertThat(listed.out()).contains("#" + all.get(1).get("id").asLong(), "Tue 10 Feb 2026", "coffee", "out",
                "Talked about the move", "kith touchpoint edit ID");
        assertThat(listed.out().indexOf("Wed 25 Feb 2026")).isLessThan(listed.out().indexOf("Tue 10 Feb 2026"));
    }

    @Test
    void anEditedDateMovesTheClockAndADeleteOfTheOnlyTouchpointClearsTheLastTouch() {
        kith.run("log", "Ann Example", "--on", TODAY.minusDays(2).toString());
        long id = onlyTouchpointId();
        assertThat(ann().get("dueOn").asString()).isEqualTo(TODAY.plusDays(28).toString());

        Cli.Result edited = kith.run("touchpoint", "edit", "#" + id, "--on", TODAY.minusDays(10).toString(), "--via",
                "call", "--mutual", "--note", "Phoned about the move");

        assertThat(edited.code()).as(edited.toString()).isZero();
        assertThat(edited.out()).contains("Changed #" + id, "call", "mutual", "Phoned about the move",
                "last touch Fri 20 Feb 2026", "next due Sun 22 Mar 2026");
        assertThat(ann().get("lastTouchOn").asString()).isEqualTo(TODAY.minusDays(10).toString());
        assertThat(ann().get("dueOn").asString()).isEqualTo(TODAY.plusDays(20).toString());
        JsonNode t = kith.json("touchpoints", "Ann Example", "--json").get(0);
        assertThat(t.get("channel").asString()).isEqualTo("call");
        assertThat(t.get("direction").asString()).isEqualTo("mutual");

        assertThat(kith.run("touchpoint", "edit", String.valueOf(id), "--note", "").code()).isZero();
        assertThat(kith.json("touchpoints", "Ann Example", "--json").get(0).get("note").isNull()).isTrue();

        Cli.Result deleted = kith.run("touchpoint", "delete", String.valueOf(id));
        assertThat(deleted.code()).as(deleted.toString()).isZero();
        assertThat(deleted.out()).contains("Deleted #" + id, "last touch -");
        assertThat(ann().get("lastTouchOn").isNull()).isTrue();
        assertThat(kith.json("touchpoints", "Ann Example", "--json").size()).isZero();
    }

    @Test
    void aTouchpointDatedTomorrowIsRefusedAndNothingIsLogged() {
        Cli.Result refused = kith.run("log", "Ann Example", "--on", "tomorrow");

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("kith: --on 2026-03-03 is after today (2026-03-02); Kith records only what has"
                + " happened");
        assertThat(kith.json("touchpoints", "Ann Example", "--json").size()).isZero();
    }

    @Test
    void anEditToTomorrowIsRefusedAndTheTouchpointStays() {
        kith.run("log", "Ann Example", "--on", "yesterday");
        long id = onlyTouchpointId();

        Cli.Result refused = kith.run("touchpoint", "edit", String.valueOf(id), "--on", "+1d");

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("--on 2026-03-03 is after today");
        assertThat(kith.json("touchpoints", "Ann Example", "--json").get(0).get("on").asString())
                .isEqualTo(TODAY.minusDays(1).toString());
    }

    @Test
    void asksAnswersAndIntroductionStepsAfterTodayAreRefused() {
        kith.run("add", "Ben Other", "--every", "30");
        assertThat(kith.run("ask", "Ann Example", "a coffee", "--on", "tomorrow").err()).contains("is after today");
        JsonNode ask = kith.json("ask", "Ann Example", "a coffee", "--json");
        long askId = ask.get("id").asLong();

        assertThat(kith.run("answer", String.valueOf(askId), "yes", "--on", "tomorrow").err()).contains("is after today");
        assertThat(kith.run("follow-up", String.valueOf(askId), "--on", "tomorrow").err()).contains("is after today");
        assertThat(kith.run("intro", "Ann Example", "Ben Other", "--why", "both move", "--on", "tomorrow").err())
                .contains("is after today");
        Cli.Result punted = kith.run("answer", String.valueOf(askId), "punt", "--to", "+2w");
        assertThat(punted.code()).as("a punt's day is ahead").isZero();
    }

    @Test
    void anUnknownOrAnotherAccountsTouchpointIsNotFound() {
        kith.run("log", "Ann Example", "--on", "yesterday");
        long id = onlyTouchpointId();
        kith.input("correct horse\n", "account", "create", "--email", "me@example.com");
        kith.input("battery staple\n", "account", "create", "--email", "you@example.com");

        Cli.Result unknown = kith.run("touchpoint", "delete", "999999");
        Cli.Result theirs = kith.run("touchpoint", "edit", String.valueOf(id), "--via", "call", "--account", "you@example.com");
        Cli.Result theirsDeleted = kith.run("touchpoint", "delete", String.valueOf(id), "--account", "you@example.com");

        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("kith: No touchpoint 999999");
        assertThat(theirs.code()).isEqualTo(1);
        assertThat(theirs.err()).contains("No touchpoint " + id);
        assertThat(theirsDeleted.code()).isEqualTo(1);
        assertThat(onlyTouchpointId()).isEqualTo(id);
    }

    @Test
    void anEditThatChangesNothingOrABadIdIsAMalformedCommandLine() {
        kith.run("log", "Ann Example");
        long id = onlyTouchpointId();

        Cli.Result nothing = kith.run("touchpoint", "edit", String.valueOf(id));
        Cli.Result badId = kith.run("touchpoint", "delete", "ann");
        Cli.Result both = kith.run("touchpoint", "edit", String.valueOf(id), "--in", "--out");

        assertThat(nothing.code()).isEqualTo(2);
        assertThat(nothing.err()).contains("Say what to change");
        assertThat(badId.code()).isEqualTo(2);
        assertThat(badId.err()).contains("ID must be a touchpoint's id");
        assertThat(both.code()).isEqualTo(2);
        assertThat(kith.run("touchpoint", "--help").out()).contains("edit", "delete");
        assertThat(kith.run("touchpoint", "edit", "--help").out()).contains("--on", "--via", "--in", "--out", "--mutual",
                "--note");
    }
}
