package app.kith.db;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The trash's storage: a deleted item's rows move from their tables into the {@code trashed_}
 * twins (same columns), so that no query over the live tables needs to know about the trash, and
 * move back with the same ids. {@code trash_item} lists what is in the trash. Every method runs
 * in the caller's transaction.
 */
public final class Bin {

    /** What can be put in the bin, and the tables whose rows make one: the item's own row first. */
    public enum Kind {
        CIRCLE("circle", new Part("circle", "id"), new Part("circle_member", "circle_id")),
        ASK("ask", new Part("ask", "id"), new Part("ask_event", "ask_id")),
        INTRODUCTION("introduction", new Part("introduction", "id"), new Part("introduction_event", "introduction_id")),
        TOUCHPOINT("touchpoint", new Part("touchpoint", "id")),
        TEMPLATE("template", new Part("message_template", "id"));

        private final String key;
        private final List<Part> parts;

        Kind(String key, Part... parts) {
            this.key = key;
            this.parts = List.of(parts);
        }

        public String key() {
            return key;
        }
    }

    /** One table's rows of an item: those whose {@code column} is the item's id. */
    private record Part(String table, String column) {
    }

    /** An item in the bin. */
    public record Item(Kind kind, long id, String label, @Nullable Long personId, long deletedAt) {
    }

    /**
     * Told of each item that goes in or comes out, inside the move's transaction: the audit log
     * listens here, so every feature's delete and restore is written once, and this package needs
     * to know nothing of it.
     */
    public interface Watcher {
        Watcher NONE = new Watcher() {
            @Override
            public void putIn(long accountId, Kind kind, long id) {
            }

            @Override
            public void takenOut(long accountId, Kind kind, long id) {
            }
        };

        void putIn(long accountId, Kind kind, long id);

        void takenOut(long accountId, Kind kind, long id);
    }

    private final JdbcClient jdbc;
    private final Watcher watcher;
    private final Map<String, String> columns = new ConcurrentHashMap<>();

    public Bin(JdbcClient jdbc) {
        this(jdbc, Watcher.NONE);
    }

    public Bin(JdbcClient jdbc, Watcher watcher) {
        this.jdbc = jdbc;
        this.watcher = watcher;
    }

    /** Moves an item's rows into the bin, listed with its label; children leave before the row they point to. */
    public void put(long accountId, Kind kind, long id, String label, @Nullable Long personId, long at) {
        jdbc.sql("""
                INSERT INTO trash_item (account_id, kind, item_id, label, person_id, deleted_at)
                VALUES (:account, :kind, :id, :label, :person, :at)
                """).param("account", accountId).param("kind", kind.key).param("id", id).param("label", label)
                .param("person", personId).param("at", at).update();
        for (Part p : kind.parts) {
            String cols = columns(p.table);
            jdbc.sql("INSERT INTO trashed_" + p.table + " (" + cols + ") SELECT " + cols + " FROM " + p.table
                    + " WHERE account_id = :account AND " + p.column + " = :id")
                    .param("account", accountId).param("id", id).update();
        }
        for (int i = kind.parts.size() - 1; i >= 0; i--) {
            Part p = kind.parts.get(i);
            jdbc.sql("DELETE FROM " + p.table + " WHERE account_id = :account AND " + p.column + " = :id")
                    .param("account", accountId).param("id", id).update();
        }
        watcher.putIn(accountId, kind, id);
    }

    /** The item, if it is in this account's bin. */
    public Optional<Item> find(long accountId, Kind kind, long id) {
        return jdbc.sql("""
                SELECT kind, item_id, label, person_id, deleted_at FROM trash_item
                WHERE account_id = :account AND kind = :kind AND item_id = :id
                """).param("account", accountId).param("kind", kind.key).param("id", id)
                .query((rs, n) -> item(rs)).optional();
    }

    /**
     * Moves an item's rows back, the item's own row first; false when it is not in this account's
     * bin. What it pointed to being gone for good (a person purged, a circle of the same name made
     * since) fails the insert: the caller's transaction rolls back and the item stays in the bin.
     */
    public boolean takeOut(long accountId, Kind kind, long id) {
        if (find(accountId, kind, id).isEmpty()) {
            return false;
        }
        for (Part p : kind.parts) {
            String cols = columns(p.table);
            jdbc.sql("INSERT INTO " + p.table + " (" + cols + ") SELECT " + cols + " FROM trashed_" + p.table
                    + " WHERE account_id = :account AND " + p.column + " = :id")
                    .param("account", accountId).param("id", id).update();
        }
        drop(accountId, kind, id);
        watcher.takenOut(accountId, kind, id);
        return true;
    }

    /** Removes an item from the bin for good; false when it was not there. */
    public boolean drop(long accountId, Kind kind, long id) {
        for (Part p : kind.parts) {
            jdbc.sql("DELETE FROM trashed_" + p.table + " WHERE account_id = :account AND " + p.column + " = :id")
                    .param("account", accountId).param("id", id).update();
        }
        return jdbc.sql("DELETE FROM trash_item WHERE account_id = :account AND kind = :kind AND item_id = :id")
                .param("account", accountId).param("kind", kind.key).param("id", id).update() > 0;
    }

    /** This account's bin, the latest deleted first. */
    public List<Item> list(long accountId) {
        return jdbc.sql("""
                SELECT kind, item_id, label, person_id, deleted_at FROM trash_item
                WHERE account_id = :account ORDER BY deleted_at DESC, kind, item_id DESC
                """).param("account", accountId).query((rs, n) -> item(rs)).list();
    }

    /** Items deleted before an instant, in every account (the purge's list). */
    public List<Map.Entry<Long, Item>> before(long at) {
        return jdbc.sql("""
                SELECT account_id, kind, item_id, label, person_id, deleted_at FROM trash_item
                WHERE deleted_at < :at ORDER BY account_id, deleted_at
                """).param("at", at).query((rs, n) -> Map.entry(rs.getLong("account_id"), item(rs))).list();
    }

    /**
     * Items about a person deleted for good since (purged, or deleted now from the trash): they
     * can never come back, in every account.
     */
    public List<Map.Entry<Long, Item>> orphans() {
        return jdbc.sql("""
                SELECT account_id, kind, item_id, label, person_id, deleted_at FROM trash_item t
                WHERE person_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM person p WHERE p.account_id = t.account_id AND p.id = t.person_id)
                """).query((rs, n) -> Map.entry(rs.getLong("account_id"), item(rs))).list();
    }

    private static Item item(ResultSet rs) throws SQLException {
        String key = rs.getString("kind");
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.key.equals(key)).findFirst().orElseThrow();
        return new Item(kind, rs.getLong("item_id"), rs.getString("label"), Rows.longOrNull(rs, "person_id"),
                rs.getLong("deleted_at"));
    }

    /**
     * The twin's columns, which the live table must have too: a column added to one table and not
     * to its twin fails the move loudly rather than losing data.
     */
    private String columns(String table) {
        return columns.computeIfAbsent(table, t -> jdbc.sql("SELECT * FROM trashed_" + t + " WHERE 1 = 0")
                .query(rs -> {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> names = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        names.add(meta.getColumnName(i));
                    }
                    return String.join(", ", names);
                }));
    }
}
