package app.kith.cli;

import static app.kith.cli.Cli.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class TodayCommandTest {

    @TempDir
    Path data;

    private Cli kith;

    /** Six people added two months ago on a monthly rhythm and never contacted: all due today. */
    @BeforeEach
    void sixPeopleAreDue() {
        kith = new Cli(data);
        Cli january = kith.on(TODAY.minusMonths(2));
        IntStream.rangeClosed(1, 6).forEach(n -> january.run("add", "Person " + n, "--circle", "Monthly"));
    }

    @Test
    void todayAsJsonHasTheFieldsThatScriptsRelyOn() {
        JsonNode today = kith.json("today", "--json");

        assertThat(today.get("date").asString()).isEqualTo("2026-03-02");
        assertThat(today.get("capacity").asInt()).isEqualTo(5);
        assertThat(today.get("items").size()).isEqualTo(5);
        for (JsonNode item : today.get("items")) {
            assertThat(item.get("kind").asString()).isEqualTo("person");
            assertThat(item.get("person").get("id").isNumber()).isTrue();
            assertThat(item.get("person").get("name").asString()).startsWith("Person ");
            assertThat(item.get("reason").asString()).isEqualTo("Added 59 days ago, not contacted yet · monthly, 29 days overdue");
            assertThat(item.get("dueOn").asString()).isEqualTo("2026-02-01");
            assertThat(item.get("done").asBoolean()).isFalse();
        }
        assertThat(today.get("backlog").asInt()).isEqualTo(1);
        assertThat(today.get("backlogClearsOn").asString()).isEqualTo("2026-03-03");
    }

    @Test
    void aBirthdayIsTheFirstItemAndTakesASlot() {
        kith.run("add", "Bea Birthday", "--birthday", "1990-03-02", "--no-rhythm");

        JsonNode items = kith.json("today", "--json").get("items");

        assertThat(items.size()).isEqualTo(5);
        assertThat(items.get(0).get("kind").asString()).isEqualTo("birthday");
        assertThat(items.get(0).get("person").get("name").asString()).isEqualTo("Bea Birthday");
        assertThat(items.get(0).get("turns").asInt()).isEqualTo(36);
        assertThat(items.get(0).get("rhythmDays").isNull()).isTrue();
        assertThat(kith.run("today").out()).contains("Bea Birthday").contains("Birthday today (turns 36)");
    }

    @Test
    void moreShowsTheNextOnesAfterTheList() {
        assertThat(kith.json("today", "--more", "--json").get("more").findValues("name"))
                .extracting(JsonNode::asString).containsExactly("Person 6");
        assertThat(kith.run("today", "--more").out()).contains("Next:").contains("Person 6");
    }

    @Test
    void theCapacitySettingChangesTodaysSize() {
        assertThat(kith.run("settings", "capacity", "3").code()).isZero();

        JsonNode today = kith.json("today", "--json");
        assertThat(today.get("capacity").asInt()).isEqualTo(3);
        assertThat(today.get("items").size()).isEqualTo(3);
        assertThat(today.get("backlog").asInt()).isEqualTo(3);
        assertThat(kith.json("settings", "--json").get("capacity").asInt()).isEqualTo(3);
    }

    @Test
    void theDefaultRhythmFollowUpShareReplyWindowAndYourNameAreSettings() {
        assertThat(kith.run("settings", "default-rhythm", "none").code()).isZero();
        assertThat(kith.run("settings", "follow-up-share", "40%").code()).isZero();
        assertThat(kith.run("settings", "reply-window", "21").code()).isZero();
        assertThat(kith.run("settings", "your-name", "Ada Lovelace").code()).isZero();

        JsonNode settings = kith.json("settings", "--json");
        assertThat(settings.get("defaultRhythmDays").isNull()).isTrue();
        assertThat(settings.get("followUpShare").asInt()).isEqualTo(40);
        assertThat(settings.get("replyWindowDays").asInt()).isEqualTo(21);
        assertThat(settings.get("yourName").asString()).isEqualTo("Ada Lovelace");
        assertThat(kith.run("settings").out()).contains("default-rhythm          none")
                .contains("follow-up-share         40% of Today at most for follow-ups while people are due (2 of 5)")
                .contains("your-name               Ada Lovelace");

        assertThat(kith.run("settings", "default-rhythm", "45").code()).isZero();
        assertThat(kith.json("settings", "--json").get("defaultRhythmDays").asInt()).isEqualTo(45);
        Cli.Result zero = kith.run("settings", "default-rhythm", "0");
        assertThat(zero.code()).isEqualTo(1);
        assertThat(zero.err()).contains("defaultRhythmDays must be at least 1 day");
        assertThat(kith.run("settings", "follow-up-share", "half").err()).contains("follow-up-share must be a whole number");
    }

    @Test
    void aCapacityOutOfBoundsIsRefused() {
        for (String refused : new String[] {"0", "101", "-2", "many"}) {
            Cli.Result result = kith.run("settings", "capacity", refused);
            assertThat(result.code()).as(refused).isNotZero();
            assertThat(result.err()).as(refused).contains("capacity");
        }
        assertThat(kith.run("settings", "colour", "blue").code()).isNotZero();
        assertThat(kith.json("today", "--json").get("capacity").asInt()).isEqualTo(5);
    }

    @Test
    void aLoggedPersonIsCheckedOffAndNobodyNewComesIn() {
        JsonNode before = kith.json("today", "--json");

        kith.run("log", "Person 1", "--via", "call");

        JsonNode after = kith.json("today", "--json");
        assertThat(after.get("items").findValues("id")).isEqualTo(before.get("items").findValues("id"));
        assertThat(after.get("items").get(0).get("done").asBoolean()).isTrue();
        assertThat(after.get("items").get(0).get("action").asString()).isEqualTo("logged");
        assertThat(kith.run("today").out()).contains("1 of 5 done").contains("✓ Person 1");
    }

    @Test
    void theTextListSaysWhoWhyAndTheBacklog() {
        String text = kith.run("today").out();

        assertThat(text).contains("Today, Mon 2 Mar 2026").contains("Person 1").contains("29 days overdue")
                .contains("Backlog: 1 more person is due").contains("Tue 3 Mar 2026");
    }

    @Test
    void aLongAskNumberIsPrintedWholeForTheNextCommand() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("kith.db"));
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM sqlite_sequence WHERE name = 'ask'");
            s.executeUpdate("INSERT INTO sqlite_sequence (name, seq) VALUES ('ask', 123455)");
        }
        kith.run("ask", "Person 1", "an intro to your CFO", "--on", TODAY.minusDays(10).toString());

        String text = kith.run("today").out();

        assertThat(text).contains("ask #123456 You asked");
    }
}
