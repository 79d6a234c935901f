package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class InsightsCommandTest {

    @TempDir
    Path data;

    private Cli kith;

    @BeforeEach
    void aSmallNetwork() {
        kith = new Cli(data);
        kith.run("add", "Sam Okafor", "--every", "30", "--role", "Data engineer");
        kith.run("add", "Priya Raman", "--every", "7");
        kith.run("log", "Sam Okafor", "--on", "2026-03-01");
        kith.run("log", "Priya Raman", "--on", "2026-02-01", "--in");
    }

    @Test
    void jsonIsTheWholeViewWithWeakTiesForTheGoal() {
        JsonNode view = kith.json("insights", "--json", "--goal", "a data engineering job");

        assertThat(view.get("inRhythm").get("tracked").asInt()).isEqualTo(2);
        assertThat(view.get("inRhythm").get("inRhythm").asInt()).isEqualTo(1);
        assertThat(view.get("inRhythm").get("trend").size()).isEqualTo(12);
        assertThat(view.get("weeks").size()).isEqualTo(12);
        assertThat(view.get("streak").get("days").asInt()).isEqualTo(1);
        assertThat(view.get("weakTies").get(0).get("person").get("name").asString()).isEqualTo("Sam Okafor");
    }

    @Test
    void textReadsAsSentencesWithBars() {
        Cli.Result result = kith.run("insights", "--goal", "data engineering");

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("In rhythm:  50% (1 of 2)", "Streak: 1 day since", "Asks: 0 asked",
                "Weak ties for \"data engineering\":", "Sam Okafor");
    }

    @Test
    void helpSaysWhatEachFigureIs() {
        assertThat(kith.run("insights", "--help").out()).contains("--goal=TEXT", "--json", "dormant ties");
    }
}
