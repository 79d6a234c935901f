package app.kith.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.audit.Audit;
import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.MovableClock;
import app.kith.SecretKey;
import app.kith.StoreTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two-factor sign-in on a movable clock: turned on with a code, a code taken once, recovery codes used once. */
class TwoFactorTest extends StoreTest {

    private final MovableClock clock = new MovableClock(NOW);
    private TwoFactor twoFactor;
    private long ada;

    @BeforeEach
    void account() {
        ada = new Accounts(sql(), db.transactions(), clock, new Audit(sql(), clock), db.writesApart()).create("ada@example.com", "correct horse").account().id();
        twoFactor = new TwoFactor(sql(), db.transactions(), clock, SecretKey.of(folder, Map.of()));
    }

    /** The code an app shows now for this secret, as the person types it. */
    private String appCode(String secret) {
        return Totp.code(secret.replace(" ", ""), Totp.step(clock.instant()));
    }

    private List<String> turnedOn() {
        TwoFactorSetup setup = twoFactor.begin(ada);
        List<String> codes = twoFactor.confirm(ada, appCode(setup.secret()));
        clock.advance(Totp.STEP); // the code that turned it on is spent
        return codes;
    }

    private String secret() {
        return sql().sql("SELECT secret_sealed FROM two_factor").query(String.class).single();
    }

    @Test
    void aSetupAsksNothingAtSignInUntilACodeConfirmsIt() {
        TwoFactorSetup setup = twoFactor.begin(ada);

        assertThat(twoFactor.asked(ada)).isFalse();
        assertThat(setup.uri()).isEqualTo("otpauth://totp/Kith%3Aada%40example.com?secret=" + setup.secret()
                + "&issuer=Kith&algorithm=SHA1&digits=6&period=30");
        assertThat(twoFactor.pending(ada)).contains(setup);
        assertThatThrownBy(() -> twoFactor.confirm(ada, "000000")).isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).field()).isEqualTo("code"));
        assertThat(twoFactor.asked(ada)).isFalse();

        List<String> codes = twoFactor.confirm(ada, appCode(setup.secret()));

        assertThat(twoFactor.asked(ada)).isTrue();
        assertThat(codes).hasSize(TwoFactor.RECOVERY_CODES).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}"));
        assertThat(twoFactor.status(ada)).isEqualTo(new TwoFactorStatus(true, NOW, TwoFactor.RECOVERY_CODES));
        assertThat(twoFactor.pending(ada)).isEmpty();
    }

    @Test
    void theSecretIsSealedAndRecoveryCodesAreKeptOnlyAsDigests() {
        TwoFactorSetup setup = twoFactor.begin(ada);
        List<String> codes = twoFactor.confirm(ada, appCode(setup.secret()));

        assertThat(secret()).startsWith("v1:").doesNotContain(setup.secret());
        List<String> stored = sql().sql("SELECT code_hash FROM recovery_code").query(String.class).list();
        assertThat(stored).hasSize(10).noneMatch(hash -> codes.stream()
                .anyMatch(code -> hash.contains(code) || hash.contains(code.replace("-", ""))));
    }

    @Test
    void aCodeIsAcceptedOnceAndNoneOlderAfterIt() {
        TwoFactorSetup setup = twoFactor.begin(ada);
        twoFactor.confirm(ada, appCode(setup.secret()));
        assertThat(twoFactor.check(ada, appCode(setup.secret()))).as("the code that turned it on")
                .isEqualTo(CodeCheck.REFUSED);
        clock.advance(Duration.ofSeconds(30));
        String code = appCode(setup.secret());

        assertThat(twoFactor.check(ada, code)).isEqualTo(CodeCheck.CODE);
        assertThat(twoFactor.check(ada, code)).as("replayed within its window").isEqualTo(CodeCheck.REFUSED);
        clock.advance(Duration.ofSeconds(29));
        assertThat(twoFactor.check(ada, code)).as("still within the drift allowed, but used").isEqualTo(CodeCheck.REFUSED);
        clock.advance(Duration.ofSeconds(1));
        assertThat(twoFactor.check(ada, appCode(setup.secret()))).as("the next code").isEqualTo(CodeCheck.CODE);
    }

    @Test
    void aCodeFromAPhoneClockAStepOffIsAcceptedButNotTwoSteps() {
        TwoFactorSetup setup = turnedOnSetup();
        long step = Totp.step(clock.instant());

        assertThat(twoFactor.check(ada, Totp.code(setup.secret(), step + 2))).isEqualTo(CodeCheck.REFUSED);
        assertThat(twoFactor.check(ada, Totp.code(setup.secret(), step + 1))).isEqualTo(CodeCheck.CODE);
        assertThat(twoFactor.check(ada, Totp.code(setup.secret(), step))).as("older than the one taken")
                .isEqualTo(CodeCheck.REFUSED);
    }

    @Test
    void aRecoveryCodeWorksOnceTypedAnyWay() {
        List<String> codes = turnedOn();

        assertThat(twoFactor.check(ada, " " + codes.get(3).toUpperCase().replace("-", " ") + " "))
                .isEqualTo(CodeCheck.RECOVERY_CODE);
        assertThat(twoFactor.check(ada, codes.get(3))).as("used").isEqualTo(CodeCheck.REFUSED);
        assertThat(twoFactor.check(ada, "abcd-efgh-jkmn-pqrs")).isEqualTo(CodeCheck.REFUSED);
        assertThat(twoFactor.status(ada).recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    void newRecoveryCodesReplaceTheOldOnes() {
        List<String> old = turnedOn();

        List<String> fresh = twoFactor.newRecoveryCodes(ada);

        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(old);
        assertThat(twoFactor.check(ada, old.get(0))).isEqualTo(CodeCheck.REFUSED);
        assertThat(twoFactor.check(ada, fresh.get(0))).isEqualTo(CodeCheck.RECOVERY_CODE);
    }

    @Test
    void turningOffTakesThePasswordOrACodeAndLeavesNothingBehind() {
        TwoFactorSetup setup = turnedOnSetup();

        assertThatThrownBy(() -> twoFactor.turnOff(ada, "a wrong password")).isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).field()).isEqualTo("confirm"));
        assertThat(twoFactor.asked(ada)).isTrue();
        twoFactor.turnOff(ada, "correct horse");
        assertThat(twoFactor.asked(ada)).isFalse();
        assertThat(rows("two_factor") + rows("recovery_code")).isZero();

        TwoFactorSetup again = twoFactor.begin(ada);
        twoFactor.confirm(ada, appCode(again.secret()));
        clock.advance(Totp.STEP);
        twoFactor.turnOff(ada, appCode(again.secret()));
        assertThat(twoFactor.asked(ada)).isFalse();
        assertThat(again.secret()).isNotEqualTo(setup.secret());
    }

    @Test
    void whileOnNoOtherSetupCanBeginAndTheCommandLineTurnsItOff() {
        turnedOn();

        assertThatThrownBy(() -> twoFactor.begin(ada)).isInstanceOf(Conflict.class);
        assertThat(twoFactor.turnOff(ada)).isTrue();
        assertThat(twoFactor.turnOff(ada)).as("already off").isFalse();
        assertThat(twoFactor.status(ada)).isEqualTo(new TwoFactorStatus(false, null, 0));
    }

    @Test
    void anotherAccountsCodesDoNothingHere() {
        List<String> adas = turnedOn();
        long bob = new Accounts(sql(), db.transactions(), clock, new Audit(sql(), clock), db.writesApart()).create("bob@example.com", "bob's password").account().id();
        TwoFactorSetup bobs = twoFactor.begin(bob);
        twoFactor.confirm(bob, appCode(bobs.secret()));

        assertThat(twoFactor.check(bob, adas.get(0))).isEqualTo(CodeCheck.REFUSED);
        assertThat(twoFactor.status(ada).recoveryCodesLeft()).isEqualTo(10);
    }

    private TwoFactorSetup turnedOnSetup() {
        TwoFactorSetup setup = twoFactor.begin(ada);
        twoFactor.confirm(ada, appCode(setup.secret()));
        clock.advance(Totp.STEP);
        return setup;
    }
}
