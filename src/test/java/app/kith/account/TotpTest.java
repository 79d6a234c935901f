package app.kith.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The codes are RFC 6238's, as authenticator apps make them. */
class TotpTest {

    /** RFC 6238's SHA-1 key, "12345678901234567890", in Base32 as an app is given it. */
    private static final String RFC_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
            "2000000000, 279037", "20000000000, 353130"})
    void codesAreTheLastSixDigitsOfRfc6238sTestVectors(long seconds, String code) {
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(seconds)))).isEqualTo(code);
    }

    @Test
    void base32IsRfc4648sWithoutPadding() {
        assertThat(Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII))).isEqualTo(RFC_KEY);
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Totp.unbase32("MZXW6YTBOI======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        assertThat(new String(Totp.unbase32("mzxw6ytboi"), StandardCharsets.US_ASCII)).as("any case").isEqualTo("foobar");
    }

    @Test
    void aNewSecretIs160BitsAndDiffersEachTime() {
        String secret = Totp.newSecret();

        assertThat(Totp.unbase32(secret)).hasSize(20);
        assertThat(secret).hasSize(32).isNotEqualTo(Totp.newSecret());
    }

    @Test
    void theCodeOfTheStepBeforeOrAfterIsAcceptedButNotTwoAway() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);

        assertThat(Totp.stepOf(RFC_KEY, Totp.code(RFC_KEY, step), now)).hasValue(step);
        assertThat(Totp.stepOf(RFC_KEY, Totp.code(RFC_KEY, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.stepOf(RFC_KEY, Totp.code(RFC_KEY, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.stepOf(RFC_KEY, Totp.code(RFC_KEY, step - 2), now)).isEmpty();
        assertThat(Totp.stepOf(RFC_KEY, Totp.code(RFC_KEY, step + 2), now)).isEmpty();
    }
}
