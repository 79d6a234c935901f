package app.kith.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.SecretKey;
import app.kith.StoreTest;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A hosted Kith reads calendars from the internet only, never from its own machine or network. */
class PrivateAddressesTest extends StoreTest {

    final AtomicBoolean privateAllowed = new AtomicBoolean(false);
    Calendars calendars;

    @BeforeEach
    void hosted() {
        calendars = new Calendars(sql(), db.transactions(), kith.clock(), kith.accounts(), kith.identities(),
                kith.touchpoints(), kith.clocks(), SecretKey.of(folder, Map.of()), privateAllowed::get);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/cal.ics", "http://localhost/cal.ics", "https://[::1]/cal.ics",
            "http://169.254.169.254/latest/meta-data/", "webcal://10.0.0.5/cal.ics", "http://192.168.1.1/cal.ics",
            "http://0.0.0.0:5432/", "http://[fd00::1]/cal.ics", "http://[::ffff:127.0.0.1]/cal.ics"})
    void aPrivateAddressIsRefusedNamingTheUrl(String url) {
        assertThatThrownBy(() -> calendars.add(owner(), new NewCalendar(null, url, null, null)))
                .isInstanceOf(Invalid.class).hasMessageContaining("url must be a public address")
                .hasMessageContaining("private, loopback or link-local")
                .extracting("field").isEqualTo("url");
        assertThat(calendars.list(owner())).isEmpty();
    }

    @Test
    void aPublicAddressIsTakenAsBefore() {
        Subscription added = calendars.add(owner(), new NewCalendar(null, "https://93.184.216.34/cal.ics", null, null));

        assertThat(added.host()).isEqualTo("93.184.216.34");
    }

    @Test
    void aCalendarAddedWhilePrivateAddressesWereAllowedIsNotReadOnceTheyAreNot() {
        try (IcsServer server = new IcsServer()) {
            privateAllowed.set(true);
            long id = calendars.add(owner(), new NewCalendar(null, server.serve("/c.ics", IcalUrlTest.GOOGLE), null,
                    null)).id();
            privateAllowed.set(false);

            FetchResult fetched = calendars.fetch(owner(), id);

            assertThat(fetched.error()).contains("leads to 127.0.0.1", "private, loopback or link-local");
            assertThat(server.requests()).isZero();
            assertThat(calendars.get(owner(), id).lastError()).isEqualTo(fetched.error());
        }
    }

    /** The first host is fine, the redirect leads into the private network: nothing is asked of it. */
    @Test
    void aRedirectToAPrivateAddressIsNotFollowed() throws Exception {
        AtomicInteger privateRequests = new AtomicInteger();
        HttpServer inside = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 0);
        inside.createContext("/", exchange -> {
            privateRequests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        HttpServer outside = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        outside.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.2:" + inside.getAddress().getPort() + "/c.ics");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        inside.start();
        outside.start();
        try {
            // 127.0.0.1 stands for a public server here, 127.0.0.2 for the private network behind it
            Fetcher fetcher = new Fetcher(a -> a.getHostAddress().equals("127.0.0.1"));
            String url = "http://127.0.0.1:" + outside.getAddress().getPort() + "/c.ics";

            assertThatThrownBy(() -> fetcher.ical(url)).isInstanceOf(CalendarUnreadable.class)
                    .hasMessageContaining("leads to 127.0.0.2");
            assertThat(privateRequests).hasValue(0);
            assertThat(new Fetcher(a -> true).ical(url)).hasSize(1);
            assertThat(privateRequests).hasValue(1);
        } finally {
            outside.stop(0);
            inside.stop(0);
        }
    }
}
