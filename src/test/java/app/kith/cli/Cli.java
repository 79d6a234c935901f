package app.kith.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The {@code ./kith} command line, run in this JVM on one data folder at noon UTC of a chosen
 * day (the same calendar day in every time zone within eleven hours of UTC), keeping what it
 * prints.
 */
final class Cli {

    /** The tests' "today": Monday 2 March 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final Path data;
    private final LocalDate day;

    Cli(Path data) {
        this(data, TODAY);
    }

    private Cli(Path data, LocalDate day) {
        this.data = data;
        this.day = day;
    }

    /** The same folder, on another day. */
    Cli on(LocalDate otherDay) {
        return new Cli(data, otherDay);
    }

    /** A command on this folder: {@code --data} goes last, as it may anywhere on the line. */
    Result run(String... args) {
        return input("", args);
    }

    /** A command with text on its standard input. */
    Result input(String stdin, String... args) {
        List<String> line = new ArrayList<>(Arrays.asList(args));
        line.add("--data");
        line.add(data.toString());
        return exactly(stdin, line.toArray(String[]::new));
    }

    /** A command line as given, with no {@code --data} added. */
    Result exactly(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Clock clock = Clock.fixed(day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        int code = Main.run(clock, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs a command that must succeed, and reads its JSON. */
    JsonNode json(String... args) {
        Result result = run(args);
        if (result.code() != 0) {
            throw new AssertionError("kith " + String.join(" ", args) + " exited " + result.code() + ": " + result.err());
        }
        return result.json();
    }

    record Result(int code, String out, String err) {

        JsonNode json() {
            return Json.MAPPER.readTree(out);
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
