package app.kith.web.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upload folders of servers that are gone are removed when a server starts; a running server's stay. */
class ImportUploadsTest {

    @TempDir
    Path temporary;

    @Test
    void leftoversOfAServerThatIsGoneAreRemovedOnStartAndARunningServersStay() throws IOException {
        Path crashed = Files.createDirectory(temporary.resolve("kith-uploads-123"));
        Files.writeString(crashed.resolve(".lock"), "");
        Files.writeString(crashed.resolve("import-1.upload"), "Name\nAda\n");
        Path other = temporary.resolve("not-ours");
        Files.createDirectory(other);

        try (ImportUploads running = new ImportUploads(temporary);
             ImportUploads starting = new ImportUploads(temporary)) {
            assertThat(crashed).doesNotExist();
            assertThat(running.folder()).as("a server still running").isDirectory();
            assertThat(starting.folder()).isDirectory().isNotEqualTo(running.folder());
            assertThat(other).isDirectory();
        }

        try (Stream<Path> left = Files.list(temporary)) {
            assertThat(left).as("each server removes its folder when it stops").containsExactly(other);
        }
    }
}
