package app.kith.dupes;

import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pairs the user said are not one person ({@code not_duplicate}), each kept as a {@link Finder.Pair}. */
class DismissedRepository {

    private final JdbcClient jdbc;

    DismissedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Dismissing a pair twice keeps the first. */
    void insert(long accountId, Finder.Pair pair, long now) {
        jdbc.sql("""
                INSERT INTO not_duplicate (account_id, person_a, person_b, dismissed_at) VALUES (:account, :a, :b, :now)
                ON CONFLICT DO NOTHING
                """)
                .param("account", accountId).param("a", pair.a()).param("b", pair.b()).param("now", now).update();
    }

    boolean delete(long accountId, Finder.Pair pair) {
        return jdbc.sql("DELETE FROM not_duplicate WHERE account_id = :account AND person_a = :a AND person_b = :b")
                .param("account", accountId).param("a", pair.a()).param("b", pair.b()).update() > 0;
    }

    Set<Finder.Pair> all(long accountId) {
        Set<Finder.Pair> pairs = new HashSet<>();
        jdbc.sql("SELECT person_a, person_b FROM not_duplicate WHERE account_id = :account")
                .param("account", accountId)
                .query(rs -> {
                    pairs.add(new Finder.Pair(rs.getLong(1), rs.getLong(2)));
                });
        return pairs;
    }
}
