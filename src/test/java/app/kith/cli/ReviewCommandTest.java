package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Today is Monday 2 March 2026: last week Sam (the default 30 days) was reached after 120 days of silence; Priya (weekly) wrote after 5. */
class ReviewCommandTest {

    @TempDir
    Path data;

    private Cli kith;

    @BeforeEach
    void aSmallNetwork() {
        kith = new Cli(data);
        kith.run("add", "Sam Okafor");
        kith.run("add", "Priya Raman", "--every", "7");
        kith.run("log", "Sam Okafor", "--on", "2025-10-30");
        kith.run("log", "Sam Okafor", "--on", "2026-02-27");
        kith.run("log", "Priya Raman", "--on", "2026-02-20");
        kith.run("log", "Priya Raman", "--on", "2026-02-25", "--in");
    }

    @Test
    void jsonIsTheWholeReviewOfTheWeekAsked() {
        JsonNode review = kith.json("review", "--json", "--week", "2026-02-25");

        assertThat(review.get("start").asString()).isEqualTo("2026-02-23");
        assertThat(review.get("touchpoints").asInt()).isEqualTo(2);
        assertThat(review.get("days").get(2).get("in").asInt()).isEqualTo(1);
        assertThat(review.get("reconnected").size()).isEqualTo(1);
        assertThat(review.get("reconnected").get(0).get("silentDays").asInt()).isEqualTo(120);
        assertThat(review.get("coming").size()).isZero();
    }

    @Test
    void textSaysWhoWasReconnectedWithAndWhatIsComing() {
        Cli.Result lastWeek = kith.run("review", "--week", "-1w");

        assertThat(lastWeek.code()).isZero();
        assertThat(lastWeek.out()).contains("The week of Mon 23 Feb 2026 to Sun 1 Mar 2026", "Touchpoints: 2 with 2 people",
                "Reconnected:", "Sam Okafor", "after 120 days (rhythm 30 days)").doesNotContain("Coming up");
        assertThat(kith.run("review").out()).contains("This week, Mon 2 Mar 2026", "Coming up in the next 7 days:",
                "Priya Raman");
    }
}
