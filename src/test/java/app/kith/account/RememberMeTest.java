package app.kith.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Remembered sign-ins: digests only in the store, a token renewed at each use, a stolen one found out. */
class RememberMeTest extends StoreTest {

    private final MovingClock clock = new MovingClock();
    private RememberMe remembered;
    private long ada;

    @BeforeEach
    void accounts() {
        Accounts accounts = new Accounts(sql(), db.transactions(), clock, new app.kith.audit.Audit(sql(), clock), db.writesApart());
        ada = accounts.create("ada@example.com", "correct horse").account().id();
        remembered = accounts.rememberMe();
    }

    @Test
    void theStoreHoldsOnlyDigestsOfTheSeriesAndTheToken() {
        RememberMe.Token device = remembered.issue(ada);

        List<String> stored = sql().sql("SELECT series_hash || ' ' || token_hash FROM remember_me").query(String.class).list();

        assertThat(stored).singleElement().asString().doesNotContain(device.series()).doesNotContain(device.token());
        assertThat(device.expiresAt()).isEqualTo(clock.instant().plus(RememberMe.LASTS));
    }

    @Test
    void eachUseRenewsTheTokenAndTheOneBeforeStillServesForAMinute() {
        RememberMe.Token device = remembered.issue(ada);

        RememberMe.Token renewed = remembered.use(device.series(), device.token()).orElseThrow().renewed();
        clock.forward(Duration.ofSeconds(30));

        assertThat(renewed.series()).isEqualTo(device.series());
        assertThat(renewed.token()).isNotEqualTo(device.token());
        assertThat(renewed.expiresAt()).as("30 days from signing in, not from each use").isEqualTo(device.expiresAt());
        assertThat(remembered.use(device.series(), device.token())).as("a request sent with the cookie before it changed")
                .hasValueSatisfying(r -> {
                    assertThat(r.accountId()).isEqualTo(ada);
                    assertThat(r.renewed()).isNull();
                });
        assertThat(remembered.use(renewed.series(), renewed.token())).isPresent();
    }

    @Test
    void anOldTokenUsedLongAfterItWasReplacedEndsEveryRememberedDeviceOfTheAccount() {
        RememberMe.Token stolen = remembered.issue(ada);
        RememberMe.Token otherDevice = remembered.issue(ada);
        RememberMe.Token thief = remembered.use(stolen.series(), stolen.token()).orElseThrow().renewed();
        clock.forward(Duration.ofMinutes(5));

        assertThat(remembered.use(stolen.series(), stolen.token())).as("the owner comes back with the old token").isEmpty();

        assertThat(remembered.use(thief.series(), thief.token())).isEmpty();
        assertThat(remembered.use(otherDevice.series(), otherDevice.token())).isEmpty();
        assertThat(remembered.count(ada)).isZero();
    }

    @Test
    void afterThirtyDaysItSignsNobodyIn() {
        RememberMe.Token device = remembered.issue(ada);
        clock.forward(RememberMe.LASTS);

        assertThat(remembered.use(device.series(), device.token())).isEmpty();
        assertThat(remembered.count(ada)).isZero();
    }

    @Test
    void forgettingADeviceLeavesTheOthers() {
        RememberMe.Token phone = remembered.issue(ada);
        RememberMe.Token laptop = remembered.issue(ada);

        remembered.forget(phone.series());

        assertThat(remembered.use(phone.series(), phone.token())).isEmpty();
        assertThat(remembered.use(laptop.series(), laptop.token())).isPresent();
        assertThat(remembered.use("made-up", "values")).isEmpty();
        assertThat(remembered.use(laptop.series(), null)).isEmpty();
    }

    /** A clock a test moves forward. */
    private static final class MovingClock extends Clock {
        private Instant now = NOW;

        void forward(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
