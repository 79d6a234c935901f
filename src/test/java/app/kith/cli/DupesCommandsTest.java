package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** dupes, merge, merges and unmerge, as a user types them. */
class DupesCommandsTest {

    @TempDir
    Path data;

    private Cli kith;

    @BeforeEach
    void cli() {
        kith = new Cli(data);
    }

    private long add(String name, String... options) {
        List<String> line = new ArrayList<>(List.of("add", name, "--json"));
        line.addAll(List.of(options));
        return kith.json(line.toArray(String[]::new)).get("id").asLong();
    }

    @Test
    void dupesListsLikelyPairsWithReasonsAndHowToMergeThem() {
        long ada = add("Ada Lovelace", "--email", "ada@example.com");
        long adaL = add("Ada L.", "--email", "Ada@example.com");
        add("Grace Hopper");

        Cli.Result dupes = kith.run("dupes");

        assertThat(dupes.code()).as(dupes.toString()).isZero();
        assertThat(dupes.out()).contains("#" + ada + " Ada Lovelace and #" + adaL
                + " Ada L. — same email ada@example.com; close names: Ada Lovelace / Ada L.")
                .contains("kith merge " + ada + " " + adaL).doesNotContain("Grace");
        JsonNode json = kith.json("dupes", "--json");
        assertThat(json.size()).isEqualTo(1);
        assertThat(json.get(0).get("a").get("id").asLong()).isEqualTo(ada);
        assertThat(json.get(0).get("reasons").get(0).asString()).isEqualTo("same email ada@example.com");
    }

    @Test
    void aPairSaidToBeTwoPeopleIsNoLongerListedUntilTakenBack() {
        long ada = add("Ada Lovelace", "--email", "ada@example.com");
        long adaL = add("Ada L.", "--email", "ada@example.com");
        assertThat(kith.run("dupes").out()).contains("not the same person: kith dupes dismiss " + ada + " " + adaL);

        Cli.Result dismissed = kith.run("dupes", "dismiss", "Ada L.", String.valueOf(ada));

        assertThat(dismissed.code()).as(dismissed.toString()).isZero();
        assertThat(dismissed.out()).contains("are two people: kith dupes will not list them again")
                .contains("kith dupes dismiss " + adaL + " " + ada + " --undo");
        assertThat(kith.run("dupes").out()).contains("No likely duplicates.");
        assertThat(kith.json("dupes", "--json").size()).isZero();

        kith.run("dupes", "dismiss", String.valueOf(ada), String.valueOf(adaL), "--undo");
        assertThat(kith.json("dupes", "--json").size()).isEqualTo(1);
        Cli.Result self = kith.run("dupes", "dismiss", String.valueOf(ada), String.valueOf(ada));
        assertThat(self.code()).isNotZero();
    }

    @Test
    void theOneWithMoreHistoryIsTheOneToKeep() {
        long ada = add("Ada Lovelace", "--email", "ada@example.com");
        long adaL = add("Ada L.", "--email", "ada@example.com");
        kith.run("log", String.valueOf(adaL), "--via", "coffee", "--on", "2026-02-20");

        assertThat(kith.run("dupes").out()).contains("keep #" + adaL + " (1 touchpoint), merge in #" + ada
                + " (no touchpoints): kith merge " + adaL + " " + ada);
    }

    @Test
    void noDupesSaysSo() {
        add("Ada Lovelace");
        add("Grace Hopper");
        assertThat(kith.run("dupes").out()).contains("No likely duplicates.");
    }

    @Test
    void aDryRunShowsTheMergedPersonAndChangesNothing() {
        long ada = add("Ada Lovelace", "--email", "ada@example.com", "--circle", "Monthly");
        long adaL = add("Ada L.", "--email", "countess@example.com", "--company", "Analytical Engines");
        kith.run("log", String.valueOf(adaL), "--via", "coffee", "--on", "2026-02-20");
        kith.run("remind", String.valueOf(adaL), "2026-12-24", "send the notes");
        kith.run("date", "add", String.valueOf(adaL), "moved to London", "2020-05-01");

        Cli.Result dry = kith.run("merge", "Ada Lovelace", String.valueOf(adaL), "--dry-run");

        assertThat(dry.code()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("Would merge #" + adaL + " Ada L.").contains("into #" + ada + " Ada Lovelace")
                .contains("ada@example.com, countess@example.com").contains("Analytical Engines")
                .contains("moves          1 touchpoint, 1 reminder, 1 key date\n").doesNotContain("0 asks").contains("Nothing changed");
        assertThat(kith.json("people", "--json").size()).isEqualTo(2);
        assertThat(kith.run("merges").out()).contains("No merges");
    }

    @Test
    void aMergeCanBeListedAndUndone() {
        long ada = add("Ada Lovelace", "--email", "ada@example.com");
        long adaL = add("Ada L.", "--email", "countess@example.com");
        kith.run("log", String.valueOf(adaL), "--via", "coffee", "--on", "2026-02-20");

        Cli.Result merged = kith.run("merge", String.valueOf(ada), String.valueOf(adaL));

        assertThat(merged.code()).as(merged.toString()).isZero();
        assertThat(merged.out()).contains("Merged; #" + adaL + " is deleted").contains("kith unmerge ");
        JsonNode people = kith.json("people", "--json");
        assertThat(people.size()).isEqualTo(1);
        assertThat(people.get(0).get("emails").size()).isEqualTo(2);
        JsonNode merges = kith.json("merges", "--json");
        long mergeId = merges.get(0).get("id").asLong();
        assertThat(kith.run("merges").out()).contains("merge " + mergeId).contains("#" + adaL + " Ada L. into #" + ada);

        Cli.Result undone = kith.run("unmerge", String.valueOf(mergeId));

        assertThat(undone.code()).as(undone.toString()).isZero();
        assertThat(undone.out()).contains("are two people again");
        assertThat(kith.json("people", "--json").size()).isEqualTo(2);
        assertThat(kith.run("show", String.valueOf(adaL)).out()).contains("coffee");
        assertThat(kith.run("show", String.valueOf(ada)).out()).doesNotContain("countess");
    }

    @Test
    void refusedMergesSayWhy() {
        long ada = add("Ada Lovelace");
        Cli.Result self = kith.run("merge", String.valueOf(ada), "Ada");
        assertThat(self.code()).as(self.toString()).isNotZero();
        assertThat(self.err()).contains("themselves");
        Cli.Result missing = kith.run("merge", String.valueOf(ada), "Nobody");
        assertThat(missing.code()).isNotZero();
        Cli.Result noMerge = kith.run("unmerge", "42");
        assertThat(noMerge.code()).isNotZero();
        assertThat(noMerge.err()).contains("No merge 42");
    }
}
