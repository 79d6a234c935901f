package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @TempDir
    Path data;

    @Test
    void aPortOutOfRangeIsRefused() {
        assertThat(Main.run("serve", "--port", "70000", "--data", data.toString())).isEqualTo(Main.REFUSED);
    }

    @Test
    void aPortInUseIsRefusedInsteadOfCrashing() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int code = Main.run("serve", "--port", Integer.toString(taken.getLocalPort()), "--data", data.toString());

            assertThat(code).isEqualTo(Main.REFUSED);
        }
    }
}
