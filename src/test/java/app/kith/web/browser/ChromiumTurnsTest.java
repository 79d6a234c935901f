package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two test JVMs never run a Chromium at once: the second waits for the first's turn to end. */
class ChromiumTurnsTest {

    @Test
    void anotherJvmsTurnWaitsUntilThisOneEnds() throws Exception {
        BlockingQueue<String> said = new LinkedBlockingQueue<>();
        Process other;
        ChromiumTurns.take();
        try {
            other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), OtherJvm.class.getName())
                    .redirectErrorStream(true).start();
            Thread reading = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    out.lines().forEach(said::add);
                } catch (Exception ended) {
                    // the process is gone
                }
            });
            reading.setDaemon(true);
            reading.start();
            assertThat(said.poll(30, TimeUnit.SECONDS)).isEqualTo("taking a turn");
            assertThat(said.poll(1, TimeUnit.SECONDS)).as("the other JVM's turn while this one's lasts").isNull();
        } finally {
            ChromiumTurns.end();
        }
        assertThat(said.poll(30, TimeUnit.SECONDS)).as("once it ended").startsWith("Waited ");
        assertThat(said.poll(5, TimeUnit.SECONDS)).isEqualTo("my turn");
        assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Takes a turn, says so, and ends it. */
    static final class OtherJvm {
        public static void main(String[] args) throws Exception {
            System.out.println("taking a turn");
            ChromiumTurns.take();
            System.out.println("my turn");
            ChromiumTurns.end();
        }
    }
}
