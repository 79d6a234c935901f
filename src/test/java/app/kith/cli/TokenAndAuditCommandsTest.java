package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kith token new with a scope and an end, and kith audit, from the command line. */
class TokenAndAuditCommandsTest {

    @TempDir
    Path data;

    private Cli kith;

    @BeforeEach
    void cli() {
        kith = new Cli(data);
    }

    @Test
    void aTokenIsMadeWithAScopeAndAnEndAndListedWithThem() {
        Cli.Result made = kith.run("token", "new", "nightly", "--scope", "read", "--expires", "30d");

        assertThat(made.code()).as(made.toString()).isZero();
        assertThat(made.out()).contains("scope read, until ");
        kith.run("token", "new", "laptop");
        String listed = kith.run("token", "list").out();
        assertThat(listed).containsPattern("nightly\\s+read\\s+created .*, until \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d, never used");
        assertThat(listed).containsPattern("laptop\\s+write\\s+created .*, never ends, never used");
    }

    @Test
    void aWrongScopeOrEndIsRefusedNamingTheOption() {
        Cli.Result scope = kith.run("token", "new", "x", "--scope", "admin");
        Cli.Result ends = kith.run("token", "new", "x", "--expires", "yesterday");

        assertThat(scope.code()).isNotZero();
        assertThat(scope.err()).contains("--scope must be read or write");
        assertThat(ends.code()).isNotZero();
        assertThat(ends.err()).contains("--expires must be a number of days like 90d");
        assertThat(kith.run("token", "list").out()).contains("No tokens");
    }

    @Test
    void theAuditLogListsWhatWasDoneNewestFirstAndAsJson() {
        kith.run("token", "new", "nightly");
        kith.run("add", "Ada Lovelace");
        kith.run("export", "csv");

        Cli.Result log = kith.run("audit");
        assertThat(log.code()).as(log.toString()).isZero();
        assertThat(log.out()).containsSubsequence("export", "exported everyone as csv", "token-created",
                "token “nightly” (write)").doesNotContain("Ada");
        assertThat(kith.run("audit", "--limit", "1").out().lines().count()).isEqualTo(1);
        Cli.Result json = kith.run("audit", "--json", "--limit", "1");
        assertThat(json.out()).contains("\"kind\" : \"export\"", "\"agent\" : \"command line\"", "\"older\"");
        assertThat(kith.run("audit", "--limit", "0").err()).contains("--limit must be between 1 and 200");
    }
}
