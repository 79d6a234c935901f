package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.KithProcess;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Commands started at the same moment print what they are asked for and nothing else: the SQLite
 * driver's tidying of native libraries in the temporary folder (which another command may be
 * removing at the same time) is never reported to the user.
 */
class StartingTogetherTest {

    @TempDir
    Path temporary;

    @TempDir
    Path data;

    @Test
    void commandsStartingTogetherPrintNothingOfTheDriversHousekeeping() throws Exception {
        assertThat(run(List.of("today")).get(0).exitValue()).isZero();
        // A copy the driver cannot remove, as when another process removed it first: reported on every start.
        Path stuck = Files.createDirectories(temporary.resolve("sqlite-" + SQLiteJDBCLoader.getVersion()
                + "-left-by-another-libsqlitejdbc.so"));
        Files.writeString(stuck.resolve("busy"), "");

        List<Process> together = run(List.of("today"), List.of("people"), List.of("today", "--json"));

        for (Process p : together) {
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(err).isZero();
            assertThat(err).as("what the command printed on standard error").isEmpty();
        }
    }

    /** Starts these commands at once, on the same data folder and temporary folder, and waits for them. */
    @SafeVarargs
    private List<Process> run(List<String>... commands) throws IOException, InterruptedException {
        List<Process> started = new ArrayList<>();
        for (List<String> command : commands) {
            List<String> line = new ArrayList<>(command);
            line.addAll(List.of("--data", data.toString()));
            started.add(KithProcess.start(List.of("-Djava.io.tmpdir=" + temporary), Map.of(), line.toArray(String[]::new)));
        }
        for (Process p : started) {
            p.getOutputStream().close();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        return started;
    }
}
