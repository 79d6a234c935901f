package app.kith.web.io;

import app.kith.db.Database;
import app.kith.io.ImportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Previewed imports waiting for their confirmation, kept in the store so that the confirmation
 * may reach any server node: the uploaded file compressed, with what the preview was made with
 * (format, circle, the columns picked). One waits per account, a new preview replacing it, and
 * for an hour at most. A file over {@code kith.imports.kept-max} (40 MB) once compressed is refused
 * rather than kept: an upload at its limit of 100 MB, 700,000 rows of a LinkedIn export with made-up
 * values, compresses to 29 MB; real exports repeat more.
 */
@Component
class PendingImports {

    /** How long a preview waits for its confirmation. */
    static final Duration KEEP = ImportUploads.KEEP;

    /** A preview waiting, named by the job that previewed it last. */
    record Pending(String token, String fileName, ImportFormat format, String circle, Map<String, String> mapping) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long maxBytes;

    PendingImports(Database database, Clock clock, @Value("${kith.imports.kept-max:40MB}") DataSize max) {
        this.jdbc = JdbcClient.create(database.dataSource());
        this.transactions = database.transactions();
        this.clock = clock;
        this.maxBytes = max.toBytes();
    }

    /** Keeps {@code file} for its confirmation, in place of the account's earlier preview if any. */
    void keep(long accountId, Pending pending, Path file) {
        byte[] packed = pack(file);
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM import_pending WHERE account_id = :account").param("account", accountId).update();
            jdbc.sql("""
                    INSERT INTO import_pending (account_id, token, file_name, format, circle, mapping, content, at)
                    VALUES (:account, :token, :name, :format, :circle, :mapping, :content, :at)
                    """)
                    .param("account", accountId).param("token", pending.token()).param("name", pending.fileName())
                    .param("format", pending.format().key()).param("circle", pending.circle())
                    .param("mapping", encode(pending.mapping())).param("content", packed).param("at", clock.millis())
                    .update();
        });
    }

    /** The account's preview under this token, if it still waits. */
    Optional<Pending> find(long accountId, String token) {
        return jdbc.sql("""
                SELECT token, file_name, format, circle, mapping FROM import_pending
                WHERE account_id = :account AND token = :token AND at > :since
                """)
                .param("account", accountId).param("token", token).param("since", since())
                .query((rs, n) -> new Pending(rs.getString(1), rs.getString(2), ImportFormat.parse("format",
                        rs.getString(3)), rs.getString(4), decode(rs.getString(5))))
                .optional();
    }

    /** Reads the waiting file; empty when it no longer waits. */
    <T> Optional<T> read(long accountId, String token, Function<InputStream, T> reader) {
        Optional<byte[]> packed = jdbc.sql("""
                SELECT content FROM import_pending WHERE account_id = :account AND token = :token AND at > :since
                """)
                .param("account", accountId).param("token", token).param("since", since())
                .query((rs, n) -> rs.getBytes(1)).optional();
        return packed.map(bytes -> {
            try (InputStream in = Packed.unpack(bytes)) {
                return reader.apply(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Writes the waiting file out to {@code to}; false when it no longer waits. */
    boolean copyTo(long accountId, String token, Path to) {
        return read(accountId, token, in -> {
            try {
                Files.copy(in, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(false);
    }

    /** The same file previewed again, with these columns, by the job {@code next}; its hour starts again. */
    boolean repreview(long accountId, String token, String next, Map<String, String> mapping) {
        return jdbc.sql("""
                UPDATE import_pending SET token = :next, mapping = :mapping, at = :at
                WHERE account_id = :account AND token = :token AND at > :since
                """)
                .param("next", next).param("mapping", encode(mapping)).param("at", clock.millis())
                .param("account", accountId).param("token", token).param("since", since()).update() == 1;
    }

    /**
     * Takes the preview away; true for the one caller that took it (two confirmations sent at once,
     * to two nodes, import it once).
     */
    boolean take(long accountId, String token) {
        return jdbc.sql("DELETE FROM import_pending WHERE account_id = :account AND token = :token AND at > :since")
                .param("account", accountId).param("token", token).param("since", since()).update() == 1;
    }

    void dropAll(long accountId) {
        jdbc.sql("DELETE FROM import_pending WHERE account_id = :account").param("account", accountId).update();
    }

    /** Previews nobody confirmed within the hour, every account's; any node may sweep, twice is harmless. */
    @Scheduled(initialDelayString = "${kith.imports.expire-every:PT5M}", fixedDelayString = "${kith.imports.expire-every:PT5M}")
    int expire() {
        return jdbc.sql("DELETE FROM import_pending WHERE at <= :since").param("since", since()).update();
    }

    private long since() {
        return clock.millis() - KEEP.toMillis();
    }

    private byte[] pack(Path file) {
        try {
            return Packed.pack(Files.newInputStream(file), maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The columns picked, as {@code field=column&…} (any character of a header survives); null: none picked yet. */
    private static String encode(Map<String, String> mapping) {
        return mapping == null ? null : mapping.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> decode(String text) {
        if (text == null) {
            return null;
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return mapping;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            mapping.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return mapping;
    }
}
