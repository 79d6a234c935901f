package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.KithProcess;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of one 50 MB line with no line break, imported by a process with a 64 MB heap: each
 * importer refuses it with the reason (or, for an mbox, reads past it), in bounded memory, and
 * writes nothing.
 */
class EnormousFilesProcessTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;

    @TempDir
    Path data;

    @TempDir
    Path files;

    @Test
    void aFiftyMegabyteLineIsRefusedByEveryImporterInASmallHeap() throws Exception {
        Map<String, String> starts = Map.of(
                "linkedin", "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,",
                "vcard", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:",
                "csv", "name,notes\nAda,\"",
                "linkedin-messages", "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
                        + "DATE,SUBJECT,CONTENT,FOLDER\nc1,,Ada,,Me,,2024-03-05 14:22:10 UTC,,",
                "json", "{\"format\": \"kith-export\", \"version\": 1, \"people\": [{\"id\": 1, \"name\": \"");
        for (Map.Entry<String, String> format : starts.entrySet()) {
            Path file = enormous(format.getKey(), format.getValue());

            Process p = KithProcess.start(List.of("-Xmx64m"), Map.of(), "--data", data.toString(), "import", format.getKey(),
                    file.toString());

            String out = finished(p);
            assertThat(out).as(format.getKey()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
            assertThat(p.exitValue()).as(format.getKey() + ": " + out).isEqualTo(Main.REFUSED);
            assertThat(out).as(format.getKey()).startsWith("kith: ").containsPattern("longer than|exceeds");
            assertThat(people()).isZero();
            Files.delete(file);
        }
    }

    @Test
    void anMboxWithAFiftyMegabyteHeaderLineIsReadPastInASmallHeap() throws Exception {
        Path file = enormous("mbox", "From ada@example.com Thu Jan  1 00:00:00 2025\nFrom: Ada <ada@example.com>\n"
                + "To: me@example.com\nSubject: ");

        Process p = KithProcess.start(List.of("-Xmx64m"), Map.of(), "--data", data.toString(), "import", "mbox",
                file.toString(), "--me", "me@example.com");

        String out = finished(p);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("1 message");
    }

    /** {@code start}, then 50 MB of one character, never a line break. */
    private Path enormous(String name, String start) throws Exception {
        Path file = files.resolve(name + ".txt");
        byte[] run = new byte[1 << 20];
        Arrays.fill(run, (byte) 'x');
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(start.getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < FIFTY_MB; written += run.length) {
                out.write(run);
            }
        }
        return file;
    }

    private long people() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("kith.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM person")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String finished(Process p) throws Exception {
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new String(err.get(), StandardCharsets.UTF_8) + new String(out, StandardCharsets.UTF_8);
    }
}
