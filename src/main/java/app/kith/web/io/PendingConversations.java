package app.kith.web.io;

import app.kith.db.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * LinkedIn messages files previewed and waiting for their confirmation, or for who you are: kept
 * in the store like {@link PendingImports}, so that the next step may reach any server node.
 * Compressed and refused past {@code kith.imports.kept-max}; one per account, a new file replacing
 * it; an hour at most since it was last previewed.
 */
@Component
class PendingConversations {

    /** A file waiting under its token. */
    record Waiting(String token, String fileName) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long maxBytes;

    PendingConversations(Database database, Clock clock, @Value("${kith.imports.kept-max:40MB}") DataSize max) {
        this.jdbc = JdbcClient.create(database.dataSource());
        this.transactions = database.transactions();
        this.clock = clock;
        this.maxBytes = max.toBytes();
    }

    /** Keeps the file read from {@code in}, in place of the account's earlier one if any. */
    void keep(long accountId, Waiting waiting, InputStream in) {
        keepPacked(accountId, waiting, Packed.pack(in, maxBytes));
    }

    /** Puts back a file taken for a confirmation that could not go on. */
    void keepPacked(long accountId, Waiting waiting, byte[] packed) {
        transactions.executeWithoutResult(status -> {
            dropAll(accountId);
            jdbc.sql("""
                    INSERT INTO conversations_pending (account_id, token, file_name, content, at)
                    VALUES (:account, :token, :name, :content, :at)
                    """)
                    .param("account", accountId).param("token", waiting.token()).param("name", waiting.fileName())
                    .param("content", packed).param("at", clock.millis()).update();
        });
    }

    Optional<Waiting> find(long accountId, String token) {
        return jdbc.sql("""
                SELECT token, file_name FROM conversations_pending
                WHERE account_id = :account AND token = :token AND at > :since
                """)
                .param("account", accountId).param("token", token).param("since", since())
                .query((rs, n) -> new Waiting(rs.getString(1), rs.getString(2))).optional();
    }

    /** Reads the waiting file again, starting its hour again; empty when it no longer waits. */
    <T> Optional<T> read(long accountId, String token, Function<InputStream, T> reader) {
        return packed(accountId, token).map(bytes -> {
            jdbc.sql("UPDATE conversations_pending SET at = :at WHERE account_id = :account AND token = :token")
                    .param("at", clock.millis()).param("account", accountId).param("token", token).update();
            return read(bytes, reader);
        });
    }

    /**
     * Takes the waiting file away, compressed; empty unless this caller took it (two confirmations
     * sent at once, to two nodes, log it once).
     */
    Optional<byte[]> take(long accountId, String token) {
        return packed(accountId, token).filter(bytes -> jdbc.sql("""
                DELETE FROM conversations_pending WHERE account_id = :account AND token = :token AND at > :since
                """)
                .param("account", accountId).param("token", token).param("since", since()).update() == 1);
    }

    void dropAll(long accountId) {
        jdbc.sql("DELETE FROM conversations_pending WHERE account_id = :account").param("account", accountId).update();
    }

    /** Files nobody confirmed within the hour, every account's; any node may sweep, twice is harmless. */
    @Scheduled(initialDelayString = "${kith.imports.expire-every:PT5M}", fixedDelayString = "${kith.imports.expire-every:PT5M}")
    int expire() {
        return jdbc.sql("DELETE FROM conversations_pending WHERE at <= :since").param("since", since()).update();
    }

    static <T> T read(byte[] packed, Function<InputStream, T> reader) {
        try (InputStream in = Packed.unpack(packed)) {
            return reader.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<byte[]> packed(long accountId, String token) {
        return jdbc.sql("""
                SELECT content FROM conversations_pending WHERE account_id = :account AND token = :token AND at > :since
                """)
                .param("account", accountId).param("token", token).param("since", since())
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    private long since() {
        return clock.millis() - PendingImports.KEEP.toMillis();
    }
}
