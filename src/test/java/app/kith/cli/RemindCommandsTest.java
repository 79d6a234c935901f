package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** kith remind, kith reminders and kith date (TODAY is Monday 2 March 2026). */
class RemindCommandsTest {

    @TempDir
    Path data;

    private Cli kith;

    @BeforeEach
    void onePerson() {
        kith = new Cli(data);
        kith.run("add", "Ada Lovelace", "--email", "ada@example.org");
    }

    @Test
    void aReminderSetInDaysComesBackOnTodayOnItsDayWithItsText() {
        Cli.Result set = kith.run("remind", "ada", "in 3 days", "send", "Ada", "the", "article");

        assertThat(set.code()).as(set.toString()).isZero();
        assertThat(set.out()).contains("about Ada Lovelace on").contains(": send Ada the article");
        assertThat(kith.run("today", "--date", "2026-03-04").out()).doesNotContain("Reminder");
        assertThat(kith.run("today", "--date", "2026-03-05").out()).contains("Ada Lovelace")
                .contains("Reminder: send Ada the article");
        JsonNode item = kith.json("today", "--date", "2026-03-05", "--json").get("items").get(0);
        assertThat(item.get("kind").asString()).isEqualTo("reminder");
        assertThat(item.get("reminder").get("text").asString()).isEqualTo("send Ada the article");
    }

    @Test
    void remindersAreListedAndDeleted() {
        kith.run("remind", "ada", "2026-12-24", "bring the book");

        assertThat(kith.run("reminders").out()).contains("#1").contains("Ada Lovelace").contains("bring the book");
        JsonNode listed = kith.json("reminders", "--json");
        assertThat(listed.get(0).get("on").asString()).isEqualTo("2026-12-24");
        assertThat(kith.run("reminders", "delete", "1").out()).contains("Deleted reminder #1 about Ada Lovelace.");
        assertThat(kith.json("reminders", "--json").size()).isZero();
        assertThat(kith.run("reminders", "delete", "1").code()).isEqualTo(1);
    }

    @Test
    void aReminderInThePastIsRefusedSayingWhy() {
        Cli.Result late = kith.run("remind", "ada", "yesterday", "too late");

        assertThat(late.code()).isEqualTo(1);
        assertThat(late.err()).contains("is before today (2026-03-02)");
        assertThat(kith.json("reminders", "--json").size()).isZero();
    }

    @Test
    void keyDatesAreAddedListedShownOnTodayAndDeleted() {
        assertThat(kith.run("date", "add", "ada", "work anniversary", "2021-03-10").out())
                .contains("Added work anniversary (yearly, since").contains("to Ada Lovelace, key date #1.");
        kith.run("date", "add", "ada", "moved to Berlin", "2026-04-01", "--once");

        assertThat(kith.run("date", "list", "ada").out()).contains("work anniversary").contains("once,");
        assertThat(kith.json("date", "list", "ada", "--json").size()).isEqualTo(2);
        assertThat(kith.run("today", "--date", "2026-03-10").out()).contains("5 years since work anniversary");
        JsonNode item = kith.json("today", "--date", "2026-04-01", "--json").get("items").get(0);
        assertThat(item.get("kind").asString()).isEqualTo("key-date");
        assertThat(item.get("reason").asString()).isEqualTo("Today: moved to Berlin");

        assertThat(kith.run("date", "delete", "ada", "1").code()).isZero();
        assertThat(kith.run("today", "--date", "2026-03-10").out()).doesNotContain("work anniversary");
    }
}
