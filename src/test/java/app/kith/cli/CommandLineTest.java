package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What every command shares: the data folder anywhere on the line, help, and exit codes. */
class CommandLineTest {

    @TempDir
    Path folder;

    @Test
    void theDataFolderMayComeBeforeOrAfterTheCommand() {
        Cli kith = new Cli(folder.resolve("unused"));
        String data = folder.resolve("mine").toString();

        assertThat(kith.exactly("", "--data", data, "add", "Ada", "--circle", "Monthly").code()).isZero();
        assertThat(kith.exactly("", "circle", "add", "Clients", "--every", "7", "--data", data).code()).isZero();
        Cli.Result before = kith.exactly("", "--data", data, "today", "--json");
        Cli.Result after = kith.exactly("", "today", "--data", data, "--json");
        Cli.Result circles = kith.exactly("", "circle", "list", "--data", data);

        assertThat(before.code()).isZero();
        assertThat(after.out()).isEqualTo(before.out());
        assertThat(circles.out()).contains("Clients").contains("Monthly");
        assertThat(Path.of(data, "kith.db")).isRegularFile();
        assertThat(folder.resolve("unused")).doesNotExist();
        assertThat(new Cli(folder.resolve("other")).json("people", "--json").size()).isZero();
    }

    @Test
    void everyCommandAnswersHelpWithoutTouchingTheData() {
        Path data = folder.resolve("never-created");
        Cli kith = new Cli(data);
        List<List<String>> commands = new ArrayList<>();
        collect(new CommandLine(new Main(Clock.systemUTC(), System.in)), new ArrayList<>(), commands);
        assertThat(commands).hasSizeGreaterThan(15);

        for (List<String> command : commands) {
            List<String> line = new ArrayList<>(command);
            line.add("--help");
            Cli.Result result = kith.run(line.toArray(String[]::new));
            assertThat(result.code()).as(String.join(" ", line)).isZero();
            assertThat(result.out()).as(String.join(" ", line)).contains("Usage: kith " + String.join(" ", command));
        }
        assertThat(kith.exactly("", "help", "today").out()).startsWith("Usage: kith today");
        assertThat(kith.exactly("").out()).startsWith("Usage: kith");
        assertThat(data).doesNotExist();
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        into.add(path);
        command.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandName().equals(name)) {
                return; // an alias: its command is visited under its own name
            }
            List<String> subPath = new ArrayList<>(path);
            subPath.add(name);
            collect(sub, subPath, into);
        });
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageError() {
        Cli kith = new Cli(folder);

        Cli.Result unknownCommand = kith.run("frobnicate");
        Cli.Result unknownOption = kith.run("today", "--colour");
        Cli.Result missingName = kith.run("add");

        assertThat(unknownCommand.code()).isEqualTo(2);
        assertThat(unknownCommand.err()).contains("frobnicate");
        assertThat(unknownOption.code()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("--colour");
        assertThat(missingName.code()).isEqualTo(2);
        assertThat(missingName.err()).contains("NAME");
    }

    @Test
    void aRefusalExitsWithOneAndAQuietMessage() throws Exception {
        Cli.Result result = new Cli(folder).run("log", "Nobody");

        assertThat(result.code()).isEqualTo(Main.REFUSED);
        assertThat(result.err()).startsWith("kith: ").doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
        assertThat(Files.list(folder)).isNotEmpty();
    }
}
