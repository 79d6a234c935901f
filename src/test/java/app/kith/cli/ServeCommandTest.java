package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
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
    void aProxyThatIsNotAnAddressIsRefusedBeforeTheServerStarts() {
        StringWriter err = new StringWriter();

        int code = Main.run(Clock.systemUTC(), InputStream.nullInputStream(), new PrintWriter(new StringWriter()),
                new PrintWriter(err, true),
                "serve", "--behind-proxy", "proxy.example.com", "--data", data.toString());

        assertThat(code).isEqualTo(Main.REFUSED);
        assertThat(err.toString()).contains("--behind-proxy: \"proxy.example.com\" is not an IP address");
    }

    @Test
    void aPortInUseIsRefusedInsteadOfCrashing() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int code = Main.run("serve", "--port", Integer.toString(taken.getLocalPort()), "--data", data.toString());

            assertThat(code).isEqualTo(Main.REFUSED);
        }
    }
}
