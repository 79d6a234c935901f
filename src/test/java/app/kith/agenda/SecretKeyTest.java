package app.kith.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calendar secrets sealed under a key file in the data folder, readable by its user only. */
class SecretKeyTest {

    @TempDir
    Path folder;

    @Test
    void aSecretSealedIsOpenedAgainByAnotherProcessReadingTheSameKeyFile() throws Exception {
        String sealed = new SecretKey(folder).seal("https://calendar.google.com/calendar/ical/x/private-abc/basic.ics");

        assertThat(sealed).doesNotContain("private-abc");
        assertThat(new SecretKey(folder).open(sealed)).endsWith("/private-abc/basic.ics");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(SecretKey.FILE))))
                .isEqualTo("rw-------");
    }

    @Test
    void sealingTheSameSecretTwiceGivesTwoDifferentTexts() {
        SecretKey key = new SecretKey(folder);

        assertThat(key.seal("password")).isNotEqualTo(key.seal("password"));
    }

    @Test
    void aLostKeyIsSaidPlainly() throws Exception {
        String sealed = new SecretKey(folder).seal("password");
        Files.delete(folder.resolve(SecretKey.FILE));

        assertThatThrownBy(() -> new SecretKey(folder).open(sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("remove the calendar and add it again");
    }
}
