package app.kith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets sealed under a key outside the database: a file of the data folder, or the environment's. */
class SecretKeyTest {

    @TempDir
    Path folder;

    @Test
    void aSecretSealedIsOpenedByAnotherProcessReadingTheSameKeyFileWhichOnlyItsUserCanRead() throws Exception {
        String sealed = SecretKey.of(folder, Map.of()).seal("https://calendar.google.com/calendar/ical/x/private-abc/basic.ics");

        assertThat(sealed).doesNotContain("private-abc");
        assertThat(SecretKey.of(folder, Map.of()).open(sealed, "url", "address", "Again.")).endsWith("/private-abc/basic.ics");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(SecretKey.FILE))))
                .isEqualTo("rw-------");
    }

    @Test
    void sealingTheSameSecretTwiceGivesTwoDifferentTexts() {
        SecretKey key = SecretKey.of(folder, Map.of());

        assertThat(key.seal("password")).isNotEqualTo(key.seal("password"));
    }

    @Test
    void nodesSharingAStoreShareTheKeyThroughTheEnvironmentAndMakeNoFile() {
        String shared = Base64.getEncoder().encodeToString(new byte[32]);
        String sealed = SecretKey.of(folder.resolve("node-1"), Map.of(SecretKey.ENV, shared)).seal("password");

        assertThat(SecretKey.of(folder.resolve("node-2"), Map.of(SecretKey.ENV, shared)).open(sealed, "password",
                "password", "Again.")).isEqualTo("password");
        assertThat(folder.resolve("node-1")).doesNotExist();
    }

    @Test
    void aLostKeyIsSaidPlainlyWithWhatToDo() throws Exception {
        String sealed = SecretKey.of(folder, Map.of()).seal("password");
        Files.delete(folder.resolve(SecretKey.FILE));

        assertThatThrownBy(() -> SecretKey.of(folder, Map.of()).open(sealed, "password", "CalDAV password",
                "Remove the calendar and add it again.")).isInstanceOf(Conflict.class)
                .hasMessageContaining("The CalDAV password was sealed with another secret key")
                .hasMessageContaining("Remove the calendar and add it again.");
    }
}
