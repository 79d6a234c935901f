package app.kith.circle;

import app.kith.Batches;
import app.kith.db.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

class CircleRepository {

    private static final String SELECT = """
            SELECT c.id, c.name, c.rhythm_days,
                   (SELECT count(*) FROM circle_member m
                    JOIN person p ON p.account_id = m.account_id AND p.id = m.person_id
                    WHERE m.account_id = c.account_id AND m.circle_id = c.id AND p.deleted_at IS NULL) AS members
            FROM circle c
            """;

    private final JdbcClient jdbc;

    CircleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, String name, Integer rhythm, long now) {
        return jdbc.sql("""
                INSERT INTO circle (account_id, name, name_key, rhythm_days, created_at)
                VALUES (:account, :name, :key, :rhythm, :now)
                RETURNING id
                """)
                .param("account", accountId).param("name", name).param("key", Circles.key(name))
                .param("rhythm", rhythm).param("now", now)
                .query(Long.class).single();
    }

    List<Circle> list(long accountId) {
        return jdbc.sql(SELECT + " WHERE c.account_id = :account ORDER BY c.rhythm_days IS NULL, c.rhythm_days, c.name_key")
                .param("account", accountId).query(CircleRepository::map).list();
    }

    Set<Long> ids(long accountId) {
        return Set.copyOf(jdbc.sql("SELECT id FROM circle WHERE account_id = :account")
                .param("account", accountId).query(Long.class).list());
    }

    Optional<Circle> byKey(long accountId, String key) {
        return jdbc.sql(SELECT + " WHERE c.account_id = :account AND c.name_key = :key")
                .param("account", accountId).param("key", key).query(CircleRepository::map).optional();
    }

    Optional<Circle> byId(long accountId, long id) {
        return jdbc.sql(SELECT + " WHERE c.account_id = :account AND c.id = :id")
                .param("account", accountId).param("id", id).query(CircleRepository::map).optional();
    }

    void update(long accountId, long id, String name, Integer rhythm) {
        jdbc.sql("UPDATE circle SET name = :name, name_key = :key, rhythm_days = :rhythm WHERE account_id = :account AND id = :id")
                .param("name", name).param("key", Circles.key(name)).param("rhythm", rhythm)
                .param("account", accountId).param("id", id).update();
    }

    void delete(long accountId, long id) {
        jdbc.sql("DELETE FROM circle WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", id).update();
    }

    /** A trashed circle's name key, to see whether another circle took its name since. */
    Optional<String> trashedKey(long accountId, long id) {
        return jdbc.sql("SELECT name_key FROM trashed_circle WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", id).query(String.class).optional();
    }

    /** A trashed circle's memberships of people purged since: they cannot come back with it. */
    void forgetTrashedMembersGone(long accountId, long circleId) {
        jdbc.sql("""
                DELETE FROM trashed_circle_member WHERE account_id = :account AND circle_id = :circle
                  AND NOT EXISTS (SELECT 1 FROM person p
                                  WHERE p.account_id = trashed_circle_member.account_id
                                    AND p.id = trashed_circle_member.person_id)
                """).param("account", accountId).param("circle", circleId).update();
    }

    List<Long> members(long accountId, long circleId) {
        return jdbc.sql("SELECT person_id FROM circle_member WHERE account_id = :account AND circle_id = :circle ORDER BY person_id")
                .param("account", accountId).param("circle", circleId).query(Long.class).list();
    }

    /**
     * Per circle, its people with a rhythm and those of them due on the day or later. The person
     * table is read, never written, like the member counts above: the clock lives there.
     */
    List<InRhythm> inRhythm(long accountId, int day) {
        return jdbc.sql("""
                SELECT m.circle_id, count(p.due_day) AS tracked,
                       sum(CASE WHEN p.due_day >= :day THEN 1 ELSE 0 END) AS in_rhythm
                FROM circle_member m JOIN person p ON p.account_id = m.account_id AND p.id = m.person_id
                WHERE m.account_id = :account AND p.deleted_at IS NULL
                GROUP BY m.circle_id
                """)
                .param("account", accountId).param("day", day)
                .query((rs, n) -> new InRhythm(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    record Membership(long personId, long circleId, String name, Integer rhythmDays) {
    }

    List<Membership> memberships(long accountId, Collection<Long> personIds) {
        return jdbc.sql("""
                SELECT m.person_id, c.id, c.name, c.rhythm_days
                FROM circle_member m JOIN circle c ON c.id = m.circle_id
                WHERE m.account_id = :account AND m.person_id IN (:people)
                ORDER BY m.person_id, c.name_key
                """)
                .param("account", accountId).param("people", personIds)
                .query((rs, n) -> new Membership(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        Rows.intOrNull(rs, "rhythm_days")))
                .list();
    }

    void replaceMemberships(long accountId, long personId, Collection<Long> circleIds) {
        jdbc.sql("DELETE FROM circle_member WHERE account_id = :account AND person_id = :person")
                .param("account", accountId).param("person", personId).update();
        for (long circleId : circleIds) {
            jdbc.sql("INSERT INTO circle_member (account_id, circle_id, person_id) VALUES (:account, :circle, :person)")
                    .param("account", accountId).param("circle", circleId).param("person", personId).update();
        }
    }

    /** Memberships of people in no circle yet: each pair is a circle's id and a person's. */
    void insertMemberships(long accountId, List<long[]> circleAndPerson) {
        for (List<long[]> chunk : Batches.of(circleAndPerson)) {
            List<Object> params = new ArrayList<>(chunk.size() * 3);
            for (long[] m : chunk) {
                params.addAll(List.of(accountId, m[0], m[1]));
            }
            jdbc.sql("INSERT INTO circle_member (account_id, circle_id, person_id) VALUES "
                            + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?)")))
                    .params(params).update();
        }
    }

    /**
     * Adds the living people among these who are not in the circle yet; reading person here, as
     * the counts above do, keeps a deleted or another account's id out.
     */
    int addMembers(long accountId, long circleId, Collection<Long> personIds) {
        return jdbc.sql("""
                INSERT INTO circle_member (account_id, circle_id, person_id)
                SELECT p.account_id, :circle, p.id FROM person p
                WHERE p.account_id = :account AND p.id IN (:people) AND p.deleted_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM circle_member m WHERE m.circle_id = :circle AND m.person_id = p.id)
                """)
                .param("account", accountId).param("circle", circleId).param("people", personIds).update();
    }

    int removeMembers(long accountId, long circleId, Collection<Long> personIds) {
        return jdbc.sql("DELETE FROM circle_member WHERE account_id = :account AND circle_id = :circle AND person_id IN (:people)")
                .param("account", accountId).param("circle", circleId).param("people", personIds).update();
    }

    private static Circle map(ResultSet rs, int row) throws SQLException {
        return new Circle(rs.getLong("id"), rs.getString("name"), Rows.intOrNull(rs, "rhythm_days"),
                rs.getInt("members"));
    }
}
