package app.kith.cli;

import static app.kith.cli.Cli.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** intro, intros and intro-step, as a user types them. */
class IntroCommandsTest {

    @TempDir
    Path data;

    private Cli kith;
    private long sam;
    private long priya;

    @BeforeEach
    void samAndPriya() {
        kith = new Cli(data);
        sam = kith.json("add", "Sam Okafor", "--email", "sam@example.org", "--every", "30", "--json").get("id").asLong();
        priya = kith.json("add", "Priya Raman", "--every", "90", "--json").get("id").asLong();
    }

    private long propose() {
        Cli.Result created = kith.run("intro", "Sam", "Priya Raman", "--why", "Priya is hiring; Sam is looking",
                "--on", "yesterday");
        assertThat(created.code()).as(created.toString()).isZero();
        return kith.json("intros", "--json").get(0).get("id").asLong();
    }

    @Test
    void anIntroductionIsProposedByNameAndPrintedWithItsId() {
        Cli.Result created = kith.run("intro", "Sam", "Priya Raman", "--why", "Priya is hiring; Sam is looking");

        assertThat(created.code()).as(created.toString()).isZero();
        long id = kith.json("intros", "--json").get(0).get("id").asLong();
        assertThat(created.out()).startsWith("Introduction #" + id + " Sam Okafor and Priya Raman — proposed on Mon 2 Mar 2026")
                .contains("Sam Okafor: not asked yet · Priya Raman: not asked yet · why: Priya is hiring; Sam is looking")
                .contains("kith intro-step " + id + " asked " + sam);
    }

    @Test
    void introsAsJsonIsAnArrayWithBothPeopleTheirAnswersAndTheDates() {
        long id = propose();
        kith.run("intro-step", String.valueOf(id), "asked", "Sam", "--via", "email");

        JsonNode intros = kith.json("intros", "--json");

        assertThat(intros.isArray()).isTrue();
        assertThat(intros.size()).isEqualTo(1);
        JsonNode intro = intros.get(0);
        assertThat(intro.get("id").asLong()).isEqualTo(id);
        assertThat(intro.get("personA").get("id").asLong()).isEqualTo(sam);
        assertThat(intro.get("personA").get("name").asString()).isEqualTo("Sam Okafor");
        assertThat(intro.get("personA").get("answer").asString()).isEqualTo("asked");
        assertThat(intro.get("personA").get("askedOn").asString()).isEqualTo("2026-03-02");
        assertThat(intro.get("personB").get("id").asLong()).isEqualTo(priya);
        assertThat(intro.get("personB").get("answer").isNull()).isTrue();
        assertThat(intro.get("reason").asString()).isEqualTo("Priya is hiring; Sam is looking");
        assertThat(intro.get("state").asString()).isEqualTo("proposed");
        assertThat(intro.get("proposedOn").asString()).isEqualTo("2026-03-01");
        assertThat(intro.get("steps").size()).isEqualTo(2);
        assertThat(kith.json("intros", "--closed", "--json").size()).isZero();
        assertThat(kith.json("intros", "--open", "--json").size()).isEqualTo(1);
        assertThat(kith.json("intros", "--person", "Priya", "--json").size()).isEqualTo(1);
    }

    @Test
    void stepsMoveAnIntroductionOnAndShowOnTheTimelines() {
        long id = propose();
        String ref = "#" + id;

        assertThat(kith.run("intro-step", ref, "asked", "Sam").code()).isZero();
        assertThat(kith.run("intro-step", ref, "asked", "priya", "--on", "today").code()).isZero();
        assertThat(kith.run("intro-step", ref, "agreed", "Sam").code()).isZero();
        assertThat(kith.run("intro-step", ref, "agreed", String.valueOf(priya), "--note", "keen").code()).isZero();
        Cli.Result introduced = kith.run("intro-step", ref, "introduced", "--via", "email");
        assertThat(introduced.code()).as(introduced.toString()).isZero();
        assertThat(introduced.out()).contains("introduced on Mon 2 Mar 2026 by email")
                .contains("kith intro-step " + id + " met|no-reply|not-a-fit");
        Cli.Result met = kith.on(TODAY.plusDays(14)).run("intro-step", ref, "met");

        assertThat(met.code()).as(met.toString()).isZero();
        assertThat(met.out()).contains("met on Mon 16 Mar 2026");
        assertThat(kith.json("intros", "--state", "met", "--json").size()).isEqualTo(1);
        assertThat(kith.run("show", "Priya").out()).contains("Introduced to Sam Okafor")
                .contains("Agreed to meet Sam Okafor — keen").contains("Asked whether they'd like to meet Sam Okafor");
    }

    @Test
    void todayCarriesAnIntroductionToFollowUp() {
        long id = propose();
        kith.run("intro-step", String.valueOf(id), "asked", "Sam");

        JsonNode items = kith.json("today", "--date", "2026-03-10", "--json").get("items");

        assertThat(items.get(0).get("kind").asString()).isEqualTo("intro");
        assertThat(items.get(0).get("reason").asString())
                .isEqualTo("You asked Sam 8 days ago whether they'd like to meet Priya — follow up?");
        assertThat(items.get(0).get("introduction").get("id").asLong()).isEqualTo(id);
        assertThat(items.get(0).get("introduction").get("step").asString()).isEqualTo("answer");
        assertThat(kith.run("today", "--date", "2026-03-10").out())
                .contains("Sam Okafor               intro #" + id + "  You asked Sam 8 days ago whether they'd like to meet Priya")
                .contains("Introductions: kith intro-step ID");
    }

    @Test
    void someoneCannotBeIntroducedToThemselves() {
        Cli.Result self = kith.run("intro", "Sam Okafor", "Sam Okafor", "--why", "self");

        assertThat(self.code()).isEqualTo(1);
        assertThat(self.err()).isEqualTo("kith: Sam Okafor cannot be introduced to themselves" + System.lineSeparator());
        assertThat(kith.json("intros", "--json").size()).isZero();
    }

    @Test
    void illegalStepsAreRefusedWithExitCode1AndChangeNothing() {
        long id = propose();
        String ref = String.valueOf(id);

        assertThat(kith.run("intro-step", ref, "introduced").err())
                .isEqualTo("kith: Not both agreed yet: Sam Okafor has not been asked" + System.lineSeparator());
        assertThat(kith.run("intro-step", ref, "agreed", "Priya").err()).contains("Priya Raman has not been asked yet");
        assertThat(kith.run("intro-step", ref, "met").code()).isEqualTo(1);
        assertThat(kith.run("intro-step", ref, "asked").err()).contains("asked needs the PERSON it is about");
        assertThat(kith.run("intro-step", ref, "waved", "Sam").code()).isEqualTo(1);
        assertThat(kith.run("intro-step", "99", "asked", "Sam").err()).isEqualTo("kith: No introduction 99" + System.lineSeparator());
        assertThat(kith.run("intro", "Sam", "Priya", "--why", "again").err()).contains("already have an open introduction: #" + id);
        assertThat(kith.run("intro", "Sam", "Priya", "--why", " ").err()).isEqualTo("kith: --why is required" + System.lineSeparator());
        assertThat(kith.run("intro", "Sam", "Priya").code()).isEqualTo(2);

        JsonNode intro = kith.json("intros", "--json").get(0);
        assertThat(intro.get("steps").size()).isEqualTo(1);
        assertThat(kith.json("intros", "--json").size()).isEqualTo(1);
    }

    @Test
    void eachCommandExplainsItself() {
        assertThat(kith.run("intro", "--help").out()).contains("--why=TEXT").contains("double opt-in");
        assertThat(kith.run("intros", "--help").out()).contains("--open").contains("--json");
        assertThat(kith.run("intro-step", "--help").out()).contains("asked PERSON").contains("met | no-reply | not-a-fit");
    }

    @Test
    void deletingAnIntroductionPutsItInTheTrashAndSaysHowToRestoreIt() {
        long id = propose();

        Cli.Result deleted = kith.run("intro", "delete", "#" + id);

        assertThat(deleted.code()).as(deleted.toString()).isZero();
        assertThat(deleted.out()).contains("Deleted introduction #" + id,
                "kith trash restore introduction " + id + " brings it back");
        assertThat(kith.json("intros", "--json").size()).isZero();
        assertThat(kith.run("trash", "restore", "introduction", String.valueOf(id)).code()).isZero();
        assertThat(kith.json("intros", "--json").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(kith.run("intro", "delete", "Sam").err()).contains("ID is an introduction's id");
        assertThat(kith.run("intro", "delete", "999").code()).isEqualTo(1);
        assertThat(kith.run("intro", "Sam", "Priya").err()).as("proposing still needs why").contains("--why=TEXT");
    }
}
