package app.kith.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Which proxies Kith believes: addresses the operator names, written as the server sees connections. */
class TrustedProxiesTest {

    @Test
    void noneUnlessNamed() {
        assertThat(TrustedProxies.parse(null).none()).isTrue();
        assertThat(TrustedProxies.parse(" ").none()).isTrue();
    }

    @Test
    void addressesAreWrittenAsConnectionsAreSoThatEachMatchesOnlyItself() {
        TrustedProxies proxies = TrustedProxies.parse("127.0.0.1, ::1 10.0.0.2");

        assertThat(proxies.addresses()).containsExactly("127.0.0.1", "0:0:0:0:0:0:0:1", "10.0.0.2");
        Pattern pattern = Pattern.compile(proxies.pattern());
        assertThat(List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "10.0.0.2")).allMatch(a -> pattern.matcher(a).matches());
        assertThat(List.of("127.0.0.10", "10.0.0.20", "127a0a0a1", "192.168.1.1")).noneMatch(a -> pattern.matcher(a).matches());
    }

    @Test
    void namesAndMalformedAddressesAreRefusedWithoutBeingLookedUp() {
        for (String wrong : List.of("proxy.example.com", "localhost", "999.1.1.1", "10.0.0", "10.0.0.0/8", ":::1::")) {
            assertThatThrownBy(() -> TrustedProxies.parse(wrong)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not an IP address");
        }
    }
}
