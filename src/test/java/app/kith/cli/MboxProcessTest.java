package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.KithProcess;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kith import mbox in a process of its own: a file far larger than the heap streams through. */
class MboxProcessTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    @Test
    void anMboxFarLargerThanTheHeapIsImportedHeadersOnly() throws Exception {
        Path mbox = files.resolve("big.mbox");
        String line = "x".repeat(999) + "\n";
        try (BufferedWriter out = Files.newBufferedWriter(mbox, StandardCharsets.ISO_8859_1)) {
            for (int i = 0; i < 2_000; i++) {
                out.write("From sender@example.com Thu Jan  1 00:00:00 2025\n");
                out.write(i % 2 == 0 ? "From: Ada <ada@example.com>\nTo: me@example.com\n"
                        : "From: me@example.com\nTo: ada@example.com, other" + (i % 3) + "@example.com\n");
                out.write("Date: Wed, 1 Jan 2025 12:00:00 +0000\nMessage-ID: <big" + i + "@example.com>\n"
                        + "Subject: a large one\n\n");
                for (int k = 0; k < 64; k++) { // 64 KB of body each, 128 MB in all
                    out.write(line);
                }
                if (i == 1_000) {
                    out.write("y".repeat(8 * 1024 * 1024) + "\n"); // one 8 MB line: an attachment with no breaks
                }
                out.write("\n");
            }
        }
        assertThat(Files.size(mbox)).isGreaterThan(128L * 1024 * 1024);
        run(KithProcess.start(Map.of(), "--data", data.toString(), "add", "Ada Lovelace", "--email", "ada@example.com"));

        String out = run(KithProcess.start(List.of("-Xmx48m"), Map.of(), "--data", data.toString(), "import", "mbox",
                mbox.toString(), "--me", "me@example.com"));

        assertThat(out).contains("Logged 2,000 touchpoints with 1 person from 2,000 messages");
    }

    private static String run(Process p) throws Exception {
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
