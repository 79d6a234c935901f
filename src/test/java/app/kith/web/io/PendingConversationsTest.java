package app.kith.web.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.MovableClock;
import app.kith.StoreTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** A messages file waits in the store for its confirmation: one per account, an hour at most, taken once. */
class PendingConversationsTest extends StoreTest {

    private final MovableClock clock = new MovableClock(NOW);
    private PendingConversations pending;
    private byte[] messages;

    @BeforeEach
    void aMessagesFile() {
        pending = new PendingConversations(db, clock, DataSize.ofMegabytes(1));
        messages = "CONVERSATION ID,FROM,TO\nc1,Ada Lovelace,Grace Hopper\n".repeat(50).getBytes();
    }

    private PendingConversations.Waiting named(String token) {
        return new PendingConversations.Waiting(token, "messages.csv");
    }

    @Test
    void aKeptFileIsReadAgainAsItWasAndTakenOnce() {
        long account = owner();
        pending.keep(account, named("t1"), new ByteArrayInputStream(messages));

        assertThat(pending.find(account, "t1")).hasValue(named("t1"));
        assertThat(pending.read(account, "t1", PendingConversationsTest::bytes)).hasValue(messages);
        byte[] taken = pending.take(account, "t1").orElseThrow();
        assertThat(PendingConversations.read(taken, PendingConversationsTest::bytes)).isEqualTo(messages);
        assertThat(pending.take(account, "t1")).as("a second confirmation, on another node").isEmpty();
        assertThat(pending.find(account, "t1")).isEmpty();

        pending.keepPacked(account, named("t1"), taken);
        assertThat(pending.read(account, "t1", PendingConversationsTest::bytes)).as("put back").hasValue(messages);
    }

    @Test
    void aNewFileReplacesTheAccountsLastAndAnotherAccountFindsNothing() {
        long owner = owner();
        long other = anotherAccount();
        pending.keep(owner, named("first"), new ByteArrayInputStream(messages));
        pending.keep(other, named("theirs"), new ByteArrayInputStream(messages));
        pending.keep(owner, named("second"), new ByteArrayInputStream(messages));

        assertThat(pending.find(owner, "first")).isEmpty();
        assertThat(pending.find(owner, "second")).isPresent();
        assertThat(pending.find(other, "second")).isEmpty();
        assertThat(pending.read(other, "second", PendingConversationsTest::bytes)).isEmpty();
        assertThat(pending.take(other, "second")).isEmpty();
        assertThat(pending.find(owner, "second")).isPresent();
        assertThat(rows("conversations_pending")).isEqualTo(2);
    }

    @Test
    void aFileWaitsAnHourSinceItWasLastPreviewedThenIsGoneAndSwept() {
        long account = owner();
        pending.keep(account, named("t1"), new ByteArrayInputStream(messages));
        clock.advance(Duration.ofMinutes(40));
        pending.read(account, "t1", PendingConversationsTest::bytes);

        clock.advance(Duration.ofMinutes(40));
        assertThat(pending.expire()).isZero();
        assertThat(pending.find(account, "t1")).as("previewed again 40 minutes ago").isPresent();

        clock.advance(Duration.ofMinutes(20));
        assertThat(pending.find(account, "t1")).isEmpty();
        assertThat(pending.take(account, "t1")).isEmpty();
        assertThat(pending.expire()).isEqualTo(1);
        assertThat(rows("conversations_pending")).isZero();
    }

    @Test
    void aFileTooLargeEvenCompressedIsRefusedAndTheLastStays() {
        long account = owner();
        pending.keep(account, named("small"), new ByteArrayInputStream(messages));
        byte[] noise = new byte[1100 * 1024];
        new Random(7).nextBytes(noise);

        assertThatThrownBy(() -> pending.keep(account, named("big"), new ByteArrayInputStream(noise)))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("file"));
        assertThat(pending.find(account, "small")).isPresent();
        assertThat(rows("conversations_pending")).isEqualTo(1);
    }

    private static byte[] bytes(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
