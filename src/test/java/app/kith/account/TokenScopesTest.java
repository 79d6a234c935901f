package app.kith.account;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.MovableClock;
import app.kith.StoreTest;
import app.kith.wiring.Kith;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenScopesTest extends StoreTest {

    @Test
    void aTokenMadeAsBeforeScopesMayWriteAndNeverEnds() {
        long owner = owner();
        sql().sql("INSERT INTO api_token (account_id, name, token_hash, created_at) VALUES (:a, 'old', :h, :t)")
                .param("a", owner).param("h", Secrets.sha256("kith_old-secret")).param("t", NOW.toEpochMilli()).update();

        assertThat(kith.accounts().tokens(owner)).singleElement().satisfies(t -> {
            assertThat(t.scope()).isEqualTo(TokenScope.WRITE);
            assertThat(t.expiresAt()).isNull();
        });
        assertThat(kith.accounts().checkToken("kith_old-secret")).get().isInstanceOfSatisfying(TokenCheck.Granted.class,
                g -> assertThat(g.scope()).isEqualTo(TokenScope.WRITE));
        // The use is written on a thread of its own; the test store is one connection, shared with it.
        await().atMost(Duration.ofSeconds(10)).until(() -> rows("audit_event") == 1);
        assertThat(kith.accounts().newToken(owner, "new").token().scope()).isEqualTo(TokenScope.WRITE);
    }

    @Test
    void aTokenWorksWithItsScopeUntilItEndsThenSaysWhenItEnded() {
        MovableClock clock = new MovableClock(NOW);
        Kith moving = Kith.wire(db, clock);
        long owner = owner();
        Instant ends = NOW.plus(Duration.ofDays(30));
        NewToken token = moving.accounts().newToken(owner, "reader", TokenScope.READ, ends);

        assertThat(moving.accounts().tokens(owner)).singleElement().satisfies(t -> {
            assertThat(t.scope()).isEqualTo(TokenScope.READ);
            assertThat(t.expiresAt()).isEqualTo(ends);
        });
        assertThat(moving.accounts().checkToken(token.secret())).get()
                .isEqualTo(new TokenCheck.Granted(moving.accounts().byId(owner), TokenScope.READ, ends));

        clock.set(ends);

        assertThat(moving.accounts().checkToken(token.secret())).contains(new TokenCheck.Expired(ends));
        assertThat(moving.accounts().authenticate(token.secret())).isEmpty();
        assertThat(moving.accounts().tokens(owner).get(0).expired(clock.instant())).isTrue();
    }

    @Test
    void aTokenCannotEndInThePast() {
        long owner = owner();

        assertThatThrownBy(() -> kith.accounts().newToken(owner, "late", TokenScope.WRITE, NOW.minusSeconds(1)))
                .isInstanceOf(Invalid.class).extracting(e -> ((Invalid) e).field()).isEqualTo("expiresAt");
        assertThat(kith.accounts().tokens(owner)).isEmpty();
        assertThat(rows("audit_event")).isZero();
    }
}
