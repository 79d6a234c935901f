package app.kith.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TokenExpiryTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void daysCountFromNowAndADateRunsThroughThatDayInTheAccountsZone() {
        assertThat(TokenExpiry.parse("expires", "90d", NOW, PARIS)).isEqualTo(NOW.plus(Duration.ofDays(90)));
        assertThat(TokenExpiry.parse("expires", "30 days", NOW, PARIS)).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(TokenExpiry.parse("expires", "2026-03-31", NOW, PARIS)).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
        assertThat(TokenExpiry.parse("expires", "  ", NOW, PARIS)).as("never").isNull();
    }

    @Test
    void aPastDateNonsenseOrTooLongIsRefusedNamingTheField() {
        assertThatThrownBy(() -> TokenExpiry.parse("expires", "2026-03-01", NOW, PARIS)).isInstanceOf(Invalid.class)
                .hasMessageStartingWith("expires must be in the future");
        assertThatThrownBy(() -> TokenExpiry.parse("expires", "soon", NOW, PARIS)).isInstanceOf(Invalid.class)
                .hasMessageContaining("90d").extracting(e -> ((Invalid) e).field()).isEqualTo("expires");
        assertThatThrownBy(() -> TokenExpiry.parse("expires", "0d", NOW, PARIS)).isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> TokenExpiry.parse("expires", "4000d", NOW, PARIS)).isInstanceOf(Invalid.class)
                .hasMessageContaining("3650");
    }

    @Test
    void aScopeIsReadOrWriteAndWriteByDefault() {
        assertThat(TokenScope.of("scope", null)).isEqualTo(TokenScope.WRITE);
        assertThat(TokenScope.of("scope", " READ ")).isEqualTo(TokenScope.READ);
        assertThat(TokenScope.READ.allows("GET")).isTrue();
        assertThat(TokenScope.READ.allows("HEAD")).isTrue();
        assertThat(TokenScope.READ.allows("POST")).isFalse();
        assertThat(TokenScope.WRITE.allows("DELETE")).isTrue();
        assertThatThrownBy(() -> TokenScope.of("scope", "admin")).isInstanceOf(Invalid.class)
                .hasMessage("scope must be read or write, not \"admin\"");
    }
}
