package app.kith.cli;

import static app.kith.cli.Cli.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** add, people, show, edit, delete, log, skip and snooze, as a user types them. */
class PeopleCommandsTest {

    @TempDir
    Path data;

    private Cli kith;

    @BeforeEach
    void cli() {
        kith = new Cli(data);
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.isObject() ? n.get("name").asString() : n.asString()));
        return result;
    }

    private long add(String name, String... options) {
        List<String> line = new ArrayList<>(List.of("add", name, "--json"));
        line.addAll(List.of(options));
        return kith.json(line.toArray(String[]::new)).get("id").asLong();
    }

    @Test
    void aPersonAddedWithNothingMoreGetsTheDefaultRhythmAndNoRhythmLeavesThemUntracked() {
        Cli.Result cal = kith.run("add", "Cal Default");
        assertThat(cal.out()).contains("monthly (your default rhythm) · first due");
        assertThat(kith.json("show", "Cal Default", "--json").get("rhythmDays").asInt()).isEqualTo(30);
        assertThat(kith.json("show", "Cal Default", "--json").get("dueOn").asString()).isEqualTo(TODAY.plusDays(30).toString());

        Cli.Result dee = kith.run("add", "Dee Untracked", "--no-rhythm");
        assertThat(dee.out()).contains("No rhythm, so Today will not suggest them");
        assertThat(kith.json("show", "Dee", "--json").get("rhythmDays").isNull()).isTrue();

        assertThat(kith.json("add", "Eve Circled", "--circle", "Quarterly", "--json").get("rhythmDays").asInt())
                .as("a circle's rhythm, not the default").isEqualTo(90);
        assertThat(kith.json("add", "Fay Own", "--every", "7", "--json").get("rhythmDays").asInt()).isEqualTo(7);
        assertThat(kith.run("settings", "default-rhythm", "90").code()).isZero();
        assertThat(kith.json("add", "Gus Later", "--json").get("rhythmDays").asInt()).isEqualTo(90);
    }

    @Test
    void noRhythmWithARhythmIsRefusedAndAddsNobody() {
        Cli.Result refused = kith.run("add", "Dee", "--no-rhythm", "--every", "14");

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("--no-rhythm and --every say opposite things");
        assertThat(kith.json("people", "--json").size()).isZero();
    }

    @Test
    void aPersonAddedWithEveryOptionIsListedWithItsClock() {
        Cli.Result added = kith.run("add", "Ada Lovelace", "--email", "Ada@Example.com", "--email", "ada@engines.example",
                "--phone", "+44 20 7946 0000", "--every", "45", "--circle", "Monthly", "--circle", "quarterly",
                "--why", "both", "--topics", "mathematics,engines", "--company", "Analytical Engines", "--role", "Analyst",
                "--location", "London", "--linkedin", "linkedin.com/in/ada", "--birthday", "1990-12-10",
                "--how-we-met", "A lecture", "--notes", "Wrote *the* first program");
        assertThat(added.code()).as(added.toString()).isZero();
        assertThat(added.out()).contains("Ada Lovelace").contains("every 45 days");
        assertThat(kith.run("log", "Ada", "--via", "coffee", "--on", "2026-02-20").code()).isZero();

        JsonNode people = kith.json("people", "--json");

        assertThat(people.size()).isEqualTo(1);
        JsonNode ada = people.get(0);
        assertThat(ada.get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(texts(ada.get("emails"))).containsExactly("ada@example.com", "ada@engines.example");
        assertThat(texts(ada.get("phones"))).containsExactly("+44 20 7946 0000");
        assertThat(ada.get("company").asString()).isEqualTo("Analytical Engines");
        assertThat(ada.get("role").asString()).isEqualTo("Analyst");
        assertThat(ada.get("location").asString()).isEqualTo("London");
        assertThat(ada.get("linkedinUrl").asString()).isEqualTo("https://linkedin.com/in/ada");
        assertThat(ada.get("birthday").asString()).isEqualTo("1990-12-10");
        assertThat(ada.get("howWeMet").asString()).isEqualTo("A lecture");
        assertThat(ada.get("notes").asString()).isEqualTo("Wrote *the* first program");
        assertThat(texts(ada.get("topics"))).containsExactly("mathematics", "engines");
        assertThat(ada.get("why").asString()).isEqualTo("both");
        assertThat(texts(ada.get("circles"))).containsExactly("Monthly", "Quarterly");
        assertThat(ada.get("rhythmDays").asInt()).isEqualTo(45);
        assertThat(ada.get("lastTouchOn").asString()).isEqualTo("2026-02-20");
        assertThat(ada.get("dueOn").asString()).isEqualTo("2026-04-06");
    }

    @Test
    void aBirthdayMayBeGivenWithoutItsYear() {
        assertThat(kith.json("add", "Bob", "--birthday", "--12-10", "--json").get("birthday").asString())
                .isEqualTo("--12-10");
    }

    @Test
    void peopleFindsByQueryAndSaysWhenNobodyMatches() {
        add("Ada Lovelace", "--company", "Analytical Engines");
        add("Alan Turing", "--topics", "codes");

        assertThat(texts(kith.json("people", "engines", "--json"))).containsExactly("Ada Lovelace");
        assertThat(texts(kith.json("people", "CODES", "--json"))).containsExactly("Alan Turing");
        Cli.Result listed = kith.run("people");
        assertThat(listed.out()).contains("Ada Lovelace").contains("Alan Turing").contains("2 people");
        assertThat(kith.run("people", "nobody").out()).contains("Nobody matches \"nobody\"");
    }

    @Test
    void aTouchpointIsLoggedByIdOrByAUniqueName() {
        long ada = add("Ada Lovelace", "--circle", "Monthly");
        add("Alan Turing", "--circle", "Monthly");

        Cli.Result byId = kith.run("log", String.valueOf(ada), "--on", "2026-02-01", "--in");
        Cli.Result byName = kith.run("log", "turing", "--via", "call", "--mutual", "--note", "codes");

        assertThat(byId.code()).as(byId.toString()).isZero();
        assertThat(byId.out()).contains("Ada Lovelace").contains("Next due");
        assertThat(byName.code()).as(byName.toString()).isZero();
        JsonNode people = kith.json("people", "--json");
        assertThat(people.get(0).get("lastTouchOn").asString()).isEqualTo("2026-02-01");
        assertThat(people.get(0).get("dueOn").asString()).isEqualTo("2026-03-03");
        assertThat(people.get(1).get("lastTouchOn").asString()).isEqualTo(TODAY.toString());
        assertThat(kith.run("show", "Alan").out()).contains("call").contains("mutual").contains("codes");
    }

    @Test
    void whatSomeoneIsLookingForIsSetShownAndKeptByOtherEdits() {
        long sam = add("Sam Okafor", "--looking-for", "a data engineering job, a co-founder");
        add("Priya Raman", "--topics", "data engineering");

        assertThat(kith.run("edit", String.valueOf(sam), "--company", "Acme").code()).isZero();

        assertThat(texts(kith.json("show", "Sam", "--json").get("lookingFor")))
                .containsExactly("a data engineering job", "a co-founder");
        assertThat(kith.run("show", "Sam").out()).contains("looking for    a data engineering job, a co-founder");
        assertThat(kith.run("edit", "Sam", "--looking-for", "").code()).isZero();
        assertThat(kith.json("show", "Sam", "--json").get("lookingFor").size()).isZero();
    }

    @Test
    void showSaysWhoReachesOutToWhom() {
        long ada = add("Ada Lovelace", "--circle", "Monthly");
        kith.run("log", String.valueOf(ada), "--on", "2026-02-01", "--via", "call");
        kith.run("log", String.valueOf(ada), "--on", "2026-02-20", "--in");
        kith.run("log", String.valueOf(ada), "--on", "2026-02-25", "--in", "--via", "email");

        assertThat(kith.run("show", "Ada").out()).contains("reached out    they did last, on Wed 25 Feb 2026 (email)",
                "last 12 months They reached out twice, you once");
    }

    @Test
    void anAmbiguousNameIsRefusedWithTheCandidatesById() {
        long ann = add("Ann Smith");
        long anna = add("Anna Smith");

        Cli.Result result = kith.run("log", "smith");

        assertThat(result.code()).isNotZero();
        assertThat(result.err()).contains("matches 2 people").contains("#" + ann + " Ann Smith")
                .contains("#" + anna + " Anna Smith");
        assertThat(kith.json("people", "--json").findValues("lastTouchOn")).allMatch(JsonNode::isNull);
    }

    @Test
    void anUnknownPersonIsRefused() {
        add("Ada Lovelace");

        for (String command : List.of("log", "skip", "show", "delete", "edit")) {
            Cli.Result result = kith.run(command, "Zoe");
            assertThat(result.code()).as(command).isNotZero();
            assertThat(result.err()).as(command).contains("No person matches \"Zoe\"");
        }
        assertThat(kith.run("snooze", "Zoe", "--until", "+1w").code()).isNotZero();
    }

    @Test
    void aBadDateIsRefusedNamingItsOptionAndNothingIsLogged() {
        add("Ada Lovelace");

        Cli.Result result = kith.run("log", "Ada", "--on", "2026-13-01");

        assertThat(result.code()).isNotZero();
        assertThat(result.err()).contains("--on").contains("2026-13-01");
        assertThat(kith.json("people", "--json").get(0).get("lastTouchOn").isNull()).isTrue();
        assertThat(kith.run("snooze", "Ada", "--until", "someday").err()).contains("--until");
        assertThat(kith.run("today", "--date", "2026-02-30").err()).contains("--date");
    }

    @Test
    void refusedInputExitsNonZeroAndWritesNothing() {
        add("Grace Hopper", "--circle", "Monthly", "--email", "grace@example.com");
        String before = kith.run("people", "--json").out();
        String circlesBefore = kith.run("circle", "list", "--json").out();

        List<List<String>> refused = List.of(
                List.of("add", "", "--every", "-3"),
                List.of("add", "Ada", "--every", "0"),
                List.of("add", "Ada", "--every", "3651"),
                List.of("add", "Ada", "--every", "often"),
                List.of("add", "x".repeat(201)),
                List.of("add", "Ada", "--email", "ada@"),
                List.of("add", "Ada", "--birthday", "2026-02-30"),
                List.of("add", "Ada", "--why", "rich"),
                List.of("add", "Ada", "--circle", "Weekly", "--circle", "Clients"),
                List.of("add", "Ada", "--notes", "x".repeat(100_001)),
                List.of("edit", "Grace", "--email", "not an email"),
                List.of("edit", "Grace", "--every", "-1"),
                List.of("log", "Grace", "--via", "pigeon"),
                List.of("log", "Grace", "--note", "x".repeat(10_001)),
                List.of("log", "Grace", "--in", "--mutual"),
                List.of("circle", "add", "Clients", "--every", "0"),
                List.of("circle", "add", "Monthly", "--every", "7"),
                List.of("circle", "set", "Monthly", "--every", "-7"),
                List.of("circle", "set", "Nope", "--every", "7"),
                List.of("snooze", "Grace", "--until", "2026-03-01"));
        for (List<String> line : refused) {
            Cli.Result result = kith.run(line.toArray(String[]::new));
            assertThat(result.code()).as(String.join(" ", line) + "\n" + result).isNotZero();
            assertThat(result.err()).as(String.join(" ", line)).isNotBlank().doesNotContain("Exception");
        }

        assertThat(kith.run("people", "--json").out()).isEqualTo(before);
        assertThat(kith.run("circle", "list", "--json").out()).isEqualTo(circlesBefore);
        assertThat(kith.run("show", "Grace").out()).contains("No touchpoints yet");
    }

    @Test
    void everyRefusedOptionIsSaidAtOnceOnALineOfItsOwn() {
        Cli.Result refused = kith.run("add", "", "--every", "-3", "--email", "ada@", "--why", "rich");

        assertThat(refused.code()).isNotZero();
        assertThat(refused.err().lines().filter(l -> l.startsWith("kith: ")).toList()).hasSize(4);
        assertThat(refused.err()).contains("name", "\"ada@\"", "-3", "rich");
    }

    @Test
    void refusalsNameTheField() {
        assertThat(kith.run("add", "", "--every", "-3").err()).contains("name");
        assertThat(kith.run("add", "Ada", "--every", "-3").err()).contains("-3");
        assertThat(kith.run("add", "Ada", "--email", "ada@").err()).contains("ada@").contains("email");
        assertThat(kith.run("add", "Ada", "--birthday", "2026-02-30").err()).contains("birthday");
        assertThat(kith.run("add", "Ada", "--circle", "Clients").err()).contains("Clients");
    }

    @Test
    void aPersonIsEditedShownAndDeleted() {
        add("Ada Lovelace", "--circle", "Monthly", "--company", "Engines");

        Cli.Result edited = kith.run("edit", "Ada", "--name", "Ada King", "--every", "14", "--company", "Analytical");
        JsonNode shown = kith.json("show", "Ada King", "--json");

        assertThat(edited.code()).as(edited.toString()).isZero();
        assertThat(shown.get("company").asString()).isEqualTo("Analytical");
        assertThat(shown.get("rhythmDays").asInt()).isEqualTo(14);
        assertThat(texts(shown.get("circles"))).containsExactly("Monthly");
        assertThat(kith.run("edit", "Ada", "--no-rhythm").code()).isZero();
        assertThat(kith.json("show", "Ada", "--json").get("rhythmDays").asInt()).isEqualTo(30);

        assertThat(kith.run("delete", "Ada").code()).isZero();
        assertThat(kith.json("people", "--json").size()).isZero();
    }

    @Test
    void skipAndSnoozeCheckThePersonOffToday() {
        Cli january = kith.on(TODAY.minusMonths(2));
        january.run("add", "Ada", "--circle", "Monthly");
        january.run("add", "Alan", "--circle", "Monthly");

        assertThat(kith.run("skip", "Ada").code()).isZero();
        assertThat(kith.run("snooze", "Alan", "--until", "+1w").code()).isZero();

        JsonNode today = kith.json("today", "--json");
        assertThat(today.get("items").findValues("name")).extracting(JsonNode::asString).containsExactly("Ada", "Alan");
        assertThat(today.get("items").findValues("done")).allMatch(JsonNode::asBoolean);
        assertThat(today.get("items").findValues("action")).extracting(JsonNode::asString)
                .containsExactly("skipped", "snoozed");
        JsonNode tomorrow = kith.json("today", "--date", "tomorrow", "--json");
        assertThat(tomorrow.get("items").findValues("name")).extracting(JsonNode::asString).containsExactly("Ada");
        assertThat(kith.json("show", "Alan", "--json").get("snoozedUntil").asString()).isEqualTo("2026-03-09");
    }
}
