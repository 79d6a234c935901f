package app.kith.offline;

import app.kith.Invalid;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Changes a device sends at most once. A phone offline queues Done, Skip and logs, each with an
 * id it made (a UUID), and sends them when it is back online, again if an answer was lost: the
 * first request with an id writes, any later one with the same id writes nothing. The id is
 * claimed in the same transaction as the write, so a write that fails leaves it unclaimed and a
 * second request sent at the same moment waits for the first and then finds it claimed. Ids
 * belong to an account: another account's id, however equal, is another change.
 */
public class SentOnce {

    /** Long enough for a phone to come back from a trip; older ids are forgotten as new ones come. */
    static final Duration KEPT = Duration.ofDays(30);

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final SentOnceRepository sent;
    private final TransactionOperations tx;
    private final Clock clock;

    public SentOnce(JdbcClient jdbc, TransactionOperations tx, Clock clock) {
        this.sent = new SentOnceRepository(jdbc);
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Runs {@code write} unless the account sent {@code clientId} before (a null or blank id always
     * writes); returns what it wrote, or empty when an earlier request with the id did the write.
     * {@code field} names the id in the error for one no device makes.
     */
    public <T> Optional<T> once(long accountId, String clientId, String field, Supplier<T> write) {
        return once(accountId, clientId, field, write, written -> 0);
    }

    /** As {@link #once(long, String, String, Supplier)}, keeping the id of what the write made ({@link #made}). */
    public <T> Optional<T> once(long accountId, String clientId, String field, Supplier<T> write,
                                ToLongFunction<T> madeId) {
        if (clientId == null || clientId.isBlank()) {
            return Optional.ofNullable(write.get());
        }
        String id = valid(clientId, field);
        return tx.execute(s -> {
            long now = clock.millis();
            sent.forgetBefore(accountId, now - KEPT.toMillis());
            if (!sent.claim(accountId, id, now)) {
                return Optional.<T>empty();
            }
            T written = write.get();
            long made = written == null ? 0 : madeId.applyAsLong(written);
            if (made != 0) {
                sent.result(accountId, id, made);
            }
            return Optional.ofNullable(written);
        });
    }

    /** The id of what the first request with {@code clientId} made, when it kept one. */
    public OptionalLong made(long accountId, String clientId, String field) {
        return sent.result(accountId, valid(clientId, field));
    }

    private static String valid(String clientId, String field) {
        String id = clientId.strip();
        if (!CLIENT_ID.matcher(id).matches()) {
            throw new Invalid(field, "Must be the id the device made for the change: 8 to 64 letters, digits or dashes");
        }
        return id;
    }
}
