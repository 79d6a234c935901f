package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class SimulateCommandTest {

    @TempDir
    Path data;

    @Test
    void theJsonHasTheScenariosAndTheFollowUpsWithAndWithoutTheirCap() {
        JsonNode report = new Cli(data).json("simulate", "--json");

        assertThat(report.get("scenarios").valueStream().map(s -> s.get("name").asString()))
                .containsExactly("network", "import");
        JsonNode followUps = report.get("followUps");
        assertThat(followUps.get("capped").get("planner").asString()).isEqualTo("kith: follow-ups at most 50%");
        assertThat(followUps.get("first").get("planner").asString()).isEqualTo("follow-ups first");
        assertThat(followUps.get("capped").get("rhythmShare").asDouble())
                .isGreaterThan(followUps.get("first").get("rhythmShare").asDouble());
        assertThat(report.get("asks").get("kith").get("asked").asInt()).isPositive();
    }

    @Test
    void theTextSaysBothRulesInAColumnEach() {
        String out = new Cli(data).run("simulate").out();

        assertThat(out).contains("follow-ups: 210 people whose rhythms need about 4 contacts a day")
                .contains("rule                           rhythm share  time in rhythm  follow-ups  mean wait replies expired")
                .contains("  kith: follow-ups at most 50%").contains("  follow-ups first")
                .contains("rhythm share: on days when people are due by their rhythm, the share of the list they get.");
    }
}
