package app.kith.cli;

import static app.kith.cli.Cli.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class AskCommandsTest {

    @TempDir
    Path data;

    private Cli kith;

    @BeforeEach
    void twoPeople() {
        kith = new Cli(data);
        kith.run("add", "Sam Okafor", "--email", "sam@example.org", "--every", "30");
        kith.run("add", "Priya Raman", "--email", "priya@example.org", "--every", "90");
    }

    @Test
    void anIgnoredAskComesFirstOnTodayAndAPuntKeepsItAwayUntilItsDay() {
        assertThat(kith.run("ask", "Sam Okafor", "an intro to your CFO", "--on", "2026-03-02").code()).isZero();

        JsonNode later = kith.json("today", "--date", "2026-03-13", "--json");
        assertThat(later.get("items").get(0).get("kind").asString()).isEqualTo("ask");
        assertThat(later.get("items").get(0).get("ask").get("text").asString()).isEqualTo("an intro to your CFO");

        JsonNode open = kith.json("asks", "--open", "--json");
        assertThat(open.size()).isEqualTo(1);
        long id = open.get(0).get("id").asLong();
        assertThat(kith.run("answer", String.valueOf(id), "punt", "--to", "2026-04-01").code()).isZero();

        assertThat(kinds(kith.json("today", "--date", "2026-03-14", "--json"))).doesNotContain("ask");
        assertThat(kinds(kith.json("today", "--date", "2026-04-02", "--json"))).containsOnlyOnce("ask");
    }

    @Test
    void answeringAClosedAskIsRefusedWithTheReason() {
        kith.run("ask", "sam", "advice on pricing");
        kith.run("answer", "1", "drop");

        Cli.Result again = kith.run("answer", "1", "yes");

        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("kith: This ask is closed (dropped");
        assertThat(kith.json("asks", "--json").get(0).get("state").asString()).isEqualTo("dropped");
    }

    @Test
    void badAnswersAndUnknownAsksAreRefused() {
        kith.run("ask", "sam", "advice on pricing");

        assertThat(kith.run("answer", "1", "maybe").err()).contains("answer must be yes, no, punt or drop");
        assertThat(kith.run("answer", "1", "punt").err()).contains("a punt needs the day");
        assertThat(kith.run("answer", "99", "yes").err()).contains("No ask 99");
        assertThat(kith.run("ask", "nobody at all", "x").code()).isEqualTo(1);
        assertThat(kith.json("asks", "--json").size()).isEqualTo(1);
    }

    @Test
    void followUpsAndRepliesAreTouchpointsAndTheListSaysWhatBecameOfTheAsks() {
        kith.run("ask", "sam", "an intro to your CFO");
        kith.on(TODAY.plusDays(8)).run("follow-up", "1", "--via", "call");
        kith.on(TODAY.plusDays(9)).run("follow-up", "1", "--replied", "--note", "will ask the CFO");

        JsonNode ask = kith.json("asks", "--json").get(0);
        assertThat(ask.get("followUps").asInt()).isEqualTo(1);
        assertThat(ask.get("events").size()).isEqualTo(3);
        String list = kith.run("asks").out();
        assertThat(list).contains("#1", "Sam Okafor", "an intro to your CFO", "followed up 1×", "1 asked");
        assertThat(kith.run("show", "sam").out()).contains("will ask the CFO");
    }

    private static java.util.List<String> kinds(JsonNode today) {
        java.util.List<String> kinds = new java.util.ArrayList<>();
        today.get("items").forEach(i -> kinds.add(i.get("kind").asString()));
        return kinds;
    }

    @Test
    void deletingAnAskPutsItInTheTrashAndSaysHowToRestoreIt() {
        kith.run("ask", "sam", "advice on pricing");

        Cli.Result deleted = kith.run("ask", "delete", "1");

        assertThat(deleted.code()).as(deleted.toString()).isZero();
        assertThat(deleted.out()).contains("Deleted ask #1: advice on pricing.", "kith trash restore ask 1 brings it back");
        assertThat(kith.json("asks", "--json").size()).isZero();
        assertThat(kith.run("trash", "restore", "ask", "1").code()).isZero();
        assertThat(kith.json("asks", "--json").get(0).get("text").asString()).isEqualTo("advice on pricing");
        assertThat(kith.run("ask", "delete", "sam").err()).contains("ID is an ask's id");
        assertThat(kith.run("ask", "delete", "999").code()).isEqualTo(1);
        assertThat(kith.run("ask", "sam").err()).as("asking still needs both").contains("Missing required parameters");
    }
}
