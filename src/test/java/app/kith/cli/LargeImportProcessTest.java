package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.KithProcess;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large imports as a user runs them, in a process of their own: killed part-way, nothing of them
 * is left once Kith next opens the data folder; previewed, a large file streams in a small heap.
 */
class LargeImportProcessTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    private Path linkedIn(int rows) throws Exception {
        Path file = files.resolve("Connections-" + rows + ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
            for (int i = 0; i < rows; i++) {
                out.write("Person,Number " + i + ",https://www.linkedin.com/in/person-number-" + i + ","
                        + (i % 7 == 0 ? "person" + i + "@example.com" : "") + ",Company " + (i % 700) + ",Role "
                        + (i % 50) + ",12 Mar 2024\n");
            }
        }
        return file;
    }

    private long count(String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("kith.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (java.sql.SQLException e) {
            return 0; // not made yet
        }
    }

    private static String run(Process p) throws Exception {
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void anImportKilledPartWayIsTakenBackByTheNextCommand() throws Exception {
        Path file = linkedIn(100_000);
        Process importing = KithProcess.start(Map.of(), "--data", data.toString(), "import", "linkedin", file.toString());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (count("person") == 0 && importing.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(importing.isAlive()).as("still importing when killed").isTrue();
        importing.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback
        importing.waitFor(1, TimeUnit.MINUTES);
        assertThat(count("person")).as("chunks written before the kill").isPositive();
        assertThat(count("import_run")).isOne();

        String people = run(KithProcess.start(Map.of(), "--data", data.toString(), "people", "--json"));

        assertThat(people.replaceAll("\\s", "")).isEqualTo("[]");
        assertThat(count("person")).isZero();
        assertThat(count("import_run")).isZero();
        assertThat(count("import_undo")).isZero();
    }

    @Test
    void aPreviewOfALargeFileStreamsInASmallHeap() throws Exception {
        Path file = linkedIn(200_000);

        String out = run(KithProcess.start(List.of("-Xmx64m"), Map.of(), "--data", data.toString(), "import", "linkedin",
                file.toString(), "--dry-run"));

        assertThat(out).contains("200,000 rows read; 200,000 to create");
        assertThat(count("person")).isZero();
    }
}
