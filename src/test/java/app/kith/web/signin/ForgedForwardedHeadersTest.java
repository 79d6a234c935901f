package app.kith.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.LiveServer;
import app.kith.account.Accounts;
import app.kith.web.WebSession;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A server with no proxy named, as {@code kith serve} runs by default: forwarded headers are a
 * client's say-so. A server of its own, since this test uses up the limit of its only address.
 */
class ForgedForwardedHeadersTest {

    @Test
    void aFakedForwardedForDoesNotEscapeTheLimitPerAddress() throws IOException {
        try (LiveServer server = LiveServer.start()) {
            String email = "owner@example.com";
            server.bean(Accounts.class).create(email, WebSession.PASSWORD);
            int refused = 0;
            for (int i = 0; i < SignInThrottle.PER_ADDRESS; i++) {
                // A new email and a new address each time: neither limit would ever be reached if the header were believed.
                WebSession guesser = WebSession.anonymous(server.port()).header("X-Forwarded-For", "203.0.113." + (i + 1));
                if (guesser.post("/login", Map.of("username", "guess-" + i + "@example.com", "password", "guess"))
                        .location().endsWith("/login?error")) {
                    refused++;
                }
            }
            WebSession next = WebSession.anonymous(server.port()).header("X-Forwarded-For", "198.51.100.200");

            WebSession.Page held = next.post("/login", Map.of("username", email, "password", WebSession.PASSWORD));

            assertThat(refused).isEqualTo(SignInThrottle.PER_ADDRESS);
            assertThat(held.location()).contains("/login?wait=");
        }
    }
}
