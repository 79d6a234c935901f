package app.kith.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.MovableClock;
import app.kith.StoreTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The throttle counts in the store: two nodes (two throttles on one store) count the same attempts. */
class SignInThrottleTest extends StoreTest {

    private static final String ADA = "ada@example.com";
    private static final String HOME = "203.0.113.7";

    private final MovableClock clock = new MovableClock(NOW);
    private SignInThrottle one;
    private SignInThrottle two;

    @BeforeEach
    void twoNodes() {
        one = new SignInThrottle(sql(), clock);
        two = new SignInThrottle(sql(), clock);
    }

    @Test
    void failuresOnOneNodeCountOnTheOtherUntilTheWindowHasPassed() {
        for (int i = 0; i < SignInThrottle.PER_EMAIL; i++) {
            assertThat((i % 2 == 0 ? one : two).attempt(ADA, HOME)).as("attempt " + (i + 1)).isPresent();
        }

        assertThat(one.attempt(ADA, HOME)).isEmpty();
        assertThat(two.attempt(" Ada@Example.com ", "198.51.100.1")).as("the email, from anywhere").isEmpty();
        assertThat(two.wait(ADA, HOME)).isEqualTo(SignInThrottle.WINDOW);
        clock.advance(Duration.ofMinutes(5));
        assertThat(one.wait(ADA, HOME)).isEqualTo(Duration.ofMinutes(10));

        clock.advance(Duration.ofMinutes(10));
        assertThat(two.wait(ADA, HOME)).isZero();
        assertThat(two.attempt(ADA, HOME)).isPresent();
    }

    @Test
    void anAddressWaitsAfterTwentyFailuresSpreadOverNodesAndEmails() {
        for (int i = 0; i < SignInThrottle.PER_ADDRESS; i++) {
            assertThat((i % 2 == 0 ? one : two).attempt("guess" + i + "@example.com", HOME)).isPresent();
        }

        assertThat(one.attempt("someone-new@example.com", HOME)).isEmpty();
        assertThat(two.attempt("someone-new@example.com", "198.51.100.1")).as("another address").isPresent();
    }

    @Test
    void aSuccessOnOneNodeForgetsTheEmailsFailuresButNotTheAddresss() {
        for (int i = 0; i < SignInThrottle.PER_EMAIL - 1; i++) {
            one.attempt(ADA, HOME);
        }
        Optional<SignInThrottle.Attempt> right = two.attempt(ADA, HOME);
        assertThat(right).isPresent();

        two.succeeded(right.get());

        for (int i = 0; i < SignInThrottle.PER_EMAIL; i++) {
            assertThat(one.attempt(ADA, "198.51.100.1")).as("the email starts again").isPresent();
        }
        for (int i = 0; i < SignInThrottle.PER_ADDRESS - SignInThrottle.PER_EMAIL + 1; i++) {
            one.attempt("other" + i + "@example.com", HOME);
        }
        assertThat(two.attempt("last@example.com", HOME)).as("the four failures from home still count").isEmpty();
    }

    @Test
    void aWaitIsToldOnceWhicheverNodeRefusesAndANewWaitAgain() {
        for (int i = 0; i < SignInThrottle.PER_EMAIL; i++) {
            one.attempt(ADA, HOME);
        }
        assertThat(two.firstRefusal(ADA, HOME)).as("the first refusal, on one node").isTrue();
        assertThat(one.firstRefusal(ADA, "198.51.100.1")).as("the same wait, on the other").isFalse();
        assertThat(two.firstRefusal(ADA, HOME)).isFalse();

        clock.advance(SignInThrottle.WINDOW);
        assertThat(one.firstRefusal(ADA, HOME)).as("no wait").isFalse();
        for (int i = 0; i < SignInThrottle.PER_EMAIL; i++) {
            two.attempt(ADA, HOME);
        }
        assertThat(one.firstRefusal(ADA, HOME)).as("a new wait").isTrue();
        assertThat(two.firstRefusal(ADA, HOME)).isFalse();
        assertThat(rows("sign_in_refusal")).as("the old wait's row is gone").isEqualTo(1);
    }

    @Test
    void nodesRefusingAtOnceTellTheWaitOnce() throws Exception {
        for (int i = 0; i < SignInThrottle.PER_EMAIL; i++) {
            one.attempt(ADA, HOME);
        }
        ExecutorService refusing = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> refusals = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                SignInThrottle node = i % 2 == 0 ? one : two;
                refusals.add(refusing.submit(() -> {
                    go.await();
                    return node.firstRefusal(ADA, HOME);
                }));
            }
            go.countDown();
            int first = 0;
            for (Future<Boolean> refusal : refusals) {
                first += refusal.get() ? 1 : 0;
            }
            assertThat(first).as("refusals told as first, of eight at once on two nodes").isEqualTo(1);
        } finally {
            refusing.shutdownNow();
        }
    }

    @Test
    void refusedAttemptsAreNotCountedAndOldOnesAreDeleted() {
        for (int i = 0; i < 30; i++) {
            one.attempt(ADA, HOME);
        }
        assertThat(rows("sign_in_attempt")).as("five attempts, under the email and the address").isEqualTo(10);

        clock.advance(SignInThrottle.WINDOW);
        two.attempt("grace@example.com", "198.51.100.1");
        assertThat(rows("sign_in_attempt")).as("only the new attempt's").isEqualTo(2);
    }

    @Test
    void emailsAndAddressesAreKeptOnlyAsHashes() {
        one.attempt(ADA, HOME);

        List<String> keys = sql().sql("SELECT throttle_key FROM sign_in_attempt").query(String.class).list();
        assertThat(keys).hasSize(2).allSatisfy(k -> assertThat(k).doesNotContain("ada", "203.0").hasSize(64));
    }
}
