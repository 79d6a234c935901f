package app.kith.web.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.MovableClock;
import app.kith.StoreTest;
import app.kith.io.ImportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** A previewed upload waits in the store, one per account, an hour at most, and comes back byte for byte. */
class PendingImportsTest extends StoreTest {

    private final MovableClock clock = new MovableClock(NOW);
    private PendingImports pending;
    private Path file;

    @BeforeEach
    void aPreviewedFile() throws IOException {
        pending = new PendingImports(db, clock, DataSize.ofMegabytes(1));
        file = folder.resolve("Connections.csv");
        try (InputStream in = getClass().getResourceAsStream("/io/linkedin/Connections.csv")) {
            Files.write(file, in.readAllBytes());
        }
    }

    private PendingImports.Pending named(String token, Map<String, String> mapping) {
        return new PendingImports.Pending(token, "Connections.csv", ImportFormat.CSV, "Friends", mapping);
    }

    @Test
    void aKeptFileComesBackAsItWasWithWhatItWasPreviewedWith() throws IOException {
        long account = owner();
        pending.keep(account, named("t1", null), file);

        assertThat(pending.find(account, "t1")).hasValue(named("t1", null));
        Path copy = folder.resolve("copy.csv");
        assertThat(pending.copyTo(account, "t1", copy)).isTrue();
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(file));

        Map<String, String> picked = new LinkedHashMap<>();
        picked.put("name", "Full name & title = role");
        picked.put("email", "E-mail\taddress");
        assertThat(pending.repreview(account, "t1", "t2", picked)).isTrue();
        assertThat(pending.find(account, "t1")).isEmpty();
        assertThat(pending.find(account, "t2")).hasValue(named("t2", picked));
        assertThat(pending.repreview(account, "t2", "t3", Map.of())).isTrue();
        assertThat(pending.find(account, "t3")).as("no column picked is not the same as none asked")
                .hasValue(named("t3", Map.of()));
    }

    @Test
    void aNewPreviewReplacesTheAccountsLastButNotAnotherAccounts() {
        long owner = owner();
        long other = anotherAccount();
        pending.keep(owner, named("first", null), file);
        pending.keep(other, named("theirs", null), file);
        pending.keep(owner, named("second", null), file);

        assertThat(pending.find(owner, "first")).isEmpty();
        assertThat(pending.find(owner, "second")).isPresent();
        assertThat(pending.find(other, "theirs")).isPresent();
        assertThat(rows("import_pending")).isEqualTo(2);
    }

    @Test
    void anotherAccountFindsNothingUnderTheTokenAndCannotTakeIt() {
        long owner = owner();
        long other = anotherAccount();
        pending.keep(owner, named("t1", null), file);

        assertThat(pending.find(other, "t1")).isEmpty();
        assertThat(pending.copyTo(other, "t1", folder.resolve("stolen.csv"))).isFalse();
        assertThat(pending.repreview(other, "t1", "t2", Map.of())).isFalse();
        assertThat(pending.take(other, "t1")).isFalse();
        assertThat(pending.find(owner, "t1")).isPresent();
    }

    @Test
    void aPreviewIsTakenOnceOnly() {
        long account = owner();
        pending.keep(account, named("t1", null), file);

        assertThat(pending.take(account, "t1")).isTrue();
        assertThat(pending.take(account, "t1")).as("a second confirmation, on another node").isFalse();
        assertThat(pending.find(account, "t1")).isEmpty();
    }

    @Test
    void aPreviewWaitsAnHourThenIsGoneAndSwept() {
        long account = owner();
        pending.keep(account, named("t1", null), file);

        clock.advance(PendingImports.KEEP.minusSeconds(1));
        assertThat(pending.expire()).isZero();
        assertThat(pending.find(account, "t1")).isPresent();

        clock.advance(Duration.ofSeconds(1));
        assertThat(pending.find(account, "t1")).isEmpty();
        assertThat(pending.copyTo(account, "t1", folder.resolve("late.csv"))).isFalse();
        assertThat(pending.take(account, "t1")).isFalse();
        assertThat(rows("import_pending")).as("until the sweep").isEqualTo(1);
        assertThat(pending.expire()).isEqualTo(1);
        assertThat(rows("import_pending")).isZero();
    }

    @Test
    void aFileTooLargeEvenCompressedIsRefusedNamingTheFileAndNothingIsKept() throws IOException {
        long account = owner();
        pending.keep(account, named("small", null), file);
        byte[] noise = new byte[1100 * 1024]; // random bytes do not compress
        new Random(7).nextBytes(noise);
        Path big = folder.resolve("noise.csv");
        Files.write(big, noise);

        assertThatThrownBy(() -> pending.keep(account, named("big", null), big))
                .isInstanceOfSatisfying(Invalid.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.getMessage()).contains("too large", "1 MB at most once compressed", "Split it");
                });
        assertThat(pending.find(account, "small")).as("the last preview stays").isPresent();
        assertThat(rows("import_pending")).isEqualTo(1);
    }

    @Test
    void aLargeExportCompressesWellBelowTheBound() throws IOException {
        // 2 MB of rows like a LinkedIn export's, kept under a bound of 1 MB: in a fifth of it at most.
        Path large = folder.resolve("large.csv");
        StringBuilder rows = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (int i = 0; rows.length() < 2 * 1024 * 1024; i++) {
            rows.append("Person").append(i).append(",Surname").append(i % 997).append(",https://www.linkedin.com/in/p")
                    .append(i).append(",p").append(i).append("@example.com,Company ").append(i % 311)
                    .append(",Engineer,02 Mar 2020\n");
        }
        Files.writeString(large, rows);
        long account = owner();

        pending.keep(account, named("large", null), large);

        int stored = sql().sql("SELECT content FROM import_pending WHERE account_id = :account")
                .param("account", account).query((rs, n) -> rs.getBytes(1).length).single();
        assertThat(stored).isLessThan(400 * 1024);
        Path copy = folder.resolve("large-copy.csv");
        assertThat(pending.copyTo(account, "large", copy)).isTrue();
        assertThat(Files.mismatch(copy, large)).isEqualTo(-1);
    }
}
