package app.kith.web.dav;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real program run to its end: its output, and a failure (never a skip) when it is not
 * installed, since the tests' launcher installs it.
 */
record Command(Path home) {

    record Run(int exit, String output) {
    }

    Run run(String input, String... command) {
        assertThat(Path.of(command[0])).as(command[0] + " must be installed (the test launcher installs it: apt-get install "
                + Path.of(command[0]).getFileName() + ")").isExecutable();
        try {
            Path out = Files.createTempFile(home, "out", ".txt");
            ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true)
                    .redirectOutput(out.toFile());
            pb.environment().put("HOME", home.toString());
            pb.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
            pb.environment().put("LANG", "C.UTF-8");
            Process p = pb.start();
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in 300 s");
            }
            return new Run(p.exitValue(), Files.readString(out));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same, which must succeed. */
    String ok(String input, String... command) {
        Run run = run(input, command);
        assertThat(run.exit()).as(String.join(" ", command) + " said:\n" + run.output()).isZero();
        return run.output();
    }
}
