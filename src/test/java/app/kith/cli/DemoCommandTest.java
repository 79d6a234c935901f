package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @Test
    void aSecondDemoInTheSameDataFolderIsRefused(@TempDir Path folder) {
        String data = folder.toString();

        assertThat(Main.run("demo", "--size", "S", "--seed", "3", "--today", "2026-03-02", "--data", data)).isZero();
        assertThat(Main.run("demo", "--size", "S", "--data", data)).isEqualTo(Main.REFUSED);
    }
}
