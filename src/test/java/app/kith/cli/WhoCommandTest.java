package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class WhoCommandTest {

    @TempDir
    Path data;

    private Cli kith;

    @BeforeEach
    void aSmallNetwork() {
        kith = new Cli(data);
        kith.run("add", "Priya Raman", "--role", "Tax adviser", "--topics", "VAT,small business", "--why", "awesome");
        kith.run("add", "Sam Okafor", "--role", "Chef", "--notes", "His sister is a tax lawyer.", "--location", "Lagos");
    }

    @Test
    void whoListsTheBestMatchFirstWithWhyAndWhenWeLastSpoke() {
        Cli.Result result = kith.run("who", "tax", "advisers");

        assertThat(result.code()).isZero();
        assertThat(result.out().lines().toList()).hasSize(1);
        assertThat(result.out()).startsWith("Priya Raman").contains("role: tax adviser").contains("never spoke");
        assertThat(kith.run("who", "tax").out().lines().toList().get(0)).startsWith("Priya Raman");
    }

    @Test
    void jsonIsAnArrayOfPersonWhyAndLastTouch() {
        JsonNode found = kith.json("who", "tax", "--json");

        assertThat(found.size()).isEqualTo(2);
        assertThat(found.get(0).get("person").get("name").asString()).isEqualTo("Priya Raman");
        assertThat(found.get(0).get("person").get("id").asLong()).isPositive();
        assertThat(found.get(0).get("why").get(0).get("field").asString()).isEqualTo("role");
        assertThat(found.get(0).get("why").get(0).get("words").get(0).asString()).isEqualTo("tax");
        assertThat(found.get(0).has("lastTouchOn")).isTrue();
        assertThat(found.get(1).get("person").get("name").asString()).isEqualTo("Sam Okafor");
    }

    @Test
    void filtersNarrowTheListAndAnUnknownCircleIsRefused() {
        assertThat(kith.json("who", "tax", "--location", "lagos", "--json").size()).isEqualTo(1);
        assertThat(kith.json("who", "tax", "--why", "awesome", "--json").size()).isEqualTo(1);
        assertThat(kith.run("who", "tax", "--circle", "Nope").code()).isEqualTo(1);
        assertThat(kith.run("who", "tax", "--why", "famous").err()).contains("awesome or connector");
    }

    @Test
    void nobodyMatchingSaysSo() {
        assertThat(kith.run("who", "astronaut").out()).contains("Nobody matches");
    }
}
