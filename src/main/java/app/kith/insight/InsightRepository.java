package app.kith.insight;

import app.kith.db.Rows;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The narrow reads insights are computed from, over the account's people (deleted ones left out),
 * circles and touchpoints; days are epoch days, like the tables keep them. A read model: it only reads.
 */
class InsightRepository {

    private final JdbcClient jdbc;

    InsightRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Tracked(long id, int rhythmDays, int startedDay, int createdDay) {
    }

    List<Tracked> tracked(long accountId) {
        return jdbc.sql("""
                SELECT id, rhythm_days, started_day, created_day FROM person
                WHERE account_id = :account AND deleted_at IS NULL AND rhythm_days IS NOT NULL
                """)
                .param("account", accountId)
                .query((rs, n) -> new Tracked(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /**
     * A person's touchpoint history at a few days: their first touchpoint, and for each day (in
     * the order asked) their last touchpoint on or before it, {@link #NONE} when there was none yet.
     */
    record History(int first, int[] lastAt) {
    }

    static final int NONE = Integer.MIN_VALUE;

    /**
     * Each touched person's history at the {@code days} (ascending), read in one pass: the
     * touchpoints up to the last day are grouped by person and by the interval between two days
     * they fall in, so each interval gives its latest and earliest touchpoint. The pass reads the
     * person index, which holds every column it needs ({@code person_id > 0} steers SQLite to it
     * and {@code +day} away from the day index, which would read the table row by row).
     */
    Map<Long, History> histories(long accountId, List<Integer> days) {
        StringBuilder bucket = new StringBuilder("CASE");
        for (int i = 0; i < days.size(); i++) {
            bucket.append(" WHEN day <= :d").append(i).append(" THEN ").append(i);
        }
        bucket.append(" END");
        var spec = jdbc.sql("""
                SELECT person_id, %s AS bucket, MAX(day), MIN(day) FROM touchpoint
                WHERE account_id = :account AND person_id > 0 AND +day <= :last
                GROUP BY person_id, bucket
                """.formatted(bucket))
                .param("account", accountId).param("last", days.get(days.size() - 1));
        for (int i = 0; i < days.size(); i++) {
            spec = spec.param("d" + i, days.get(i));
        }
        Map<Long, int[]> latest = new HashMap<>();
        Map<Long, Integer> first = new HashMap<>();
        spec.query(rs -> {
            long person = rs.getLong(1);
            int[] last = latest.computeIfAbsent(person, k -> {
                int[] none = new int[days.size()];
                Arrays.fill(none, NONE);
                return none;
            });
            last[rs.getInt(2)] = rs.getInt(3);
            first.merge(person, rs.getInt(4), Math::min);
        });
        Map<Long, History> result = new HashMap<>();
        latest.forEach((person, last) -> {
            for (int i = 1; i < last.length; i++) {
                last[i] = Math.max(last[i], last[i - 1]);
            }
            result.put(person, new History(first.get(person), last));
        });
        return result;
    }

    record Member(long circleId, String circleName, long personId) {
    }

    List<Member> members(long accountId) {
        return jdbc.sql("""
                SELECT c.id, c.name, m.person_id
                FROM circle c JOIN circle_member m ON m.account_id = c.account_id AND m.circle_id = c.id
                WHERE c.account_id = :account
                ORDER BY c.name_key, c.id
                """)
                .param("account", accountId)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    record DayCount(int day, String direction, int count) {
    }

    List<DayCount> countsByDay(long accountId, int from, int to) {
        return jdbc.sql("""
                SELECT t.day, t.direction, COUNT(*)
                FROM touchpoint t JOIN person p ON p.account_id = t.account_id AND p.id = t.person_id
                WHERE t.account_id = :account AND t.day >= :from AND t.day <= :to AND p.deleted_at IS NULL
                GROUP BY t.day, t.direction
                """)
                .param("account", accountId).param("from", from).param("to", to)
                .query((rs, n) -> new DayCount(rs.getInt(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    /**
     * The run of consecutive days with a reach-out (out or mutual) that ends on {@code last}: how
     * many days and the first of them (0 and null when {@code last} had none). Each day is one
     * seek of the day index, going back until a day without, so a long run costs its length, not
     * the whole history.
     */
    Run reachOutRun(long accountId, int last) {
        return jdbc.sql("""
                WITH RECURSIVE run(day) AS (
                    SELECT :last WHERE EXISTS (%1$s AND t.day = :last)
                    UNION ALL
                    SELECT r.day - 1 FROM run r WHERE EXISTS (%1$s AND t.day = r.day - 1)
                )
                SELECT COUNT(*), MIN(day) FROM run
                """.formatted("""
                SELECT 1 FROM touchpoint t JOIN person p ON p.account_id = t.account_id AND p.id = t.person_id
                WHERE t.account_id = :account AND t.direction <> 'in' AND p.deleted_at IS NULL"""))
                .param("account", accountId).param("last", last)
                .query((rs, n) -> {
                    int days = rs.getInt(1);
                    return new Run(days, days == 0 ? null : rs.getInt(2));
                }).single();
    }

    record Run(int days, Integer first) {
    }

    record Tie(long personId, String name, String howWeMet, int touchpoints, int lastDay) {
    }

    /**
     * People with at least {@code min} touchpoints and none on or after {@code silentSince}, closest
     * first. Their last touch (the clock's, kept on the person) picks the silent ones; only theirs
     * are counted.
     */
    List<Tie> dormant(long accountId, int min, int silentSince, int limit) {
        return jdbc.sql("""
                SELECT id, name, how_we_met, n, last_day FROM (
                    SELECT p.id, p.name, p.how_we_met, p.last_touch_day AS last_day,
                           (SELECT COUNT(*) FROM touchpoint t WHERE t.account_id = p.account_id AND t.person_id = p.id) AS n
                    FROM person p
                    WHERE p.account_id = :account AND p.deleted_at IS NULL AND p.last_touch_day < :since
                ) silent
                WHERE n >= :min
                ORDER BY n DESC, last_day DESC, id
                LIMIT :limit
                """)
                .param("account", accountId).param("min", min).param("since", silentSince).param("limit", limit)
                .query((rs, n) -> new Tie(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    String lastNote(long accountId, long personId) {
        return jdbc.sql("""
                SELECT note FROM touchpoint WHERE account_id = :account AND person_id = :person
                ORDER BY day DESC, id DESC LIMIT 1
                """)
                .param("account", accountId).param("person", personId)
                .query(String.class).optional().orElse(null);
    }

    String firstEmail(long accountId, long personId) {
        return jdbc.sql("""
                SELECT email FROM person_email WHERE account_id = :account AND person_id = :person
                ORDER BY position LIMIT 1
                """)
                .param("account", accountId).param("person", personId)
                .query(String.class).optional().orElse(null);
    }

    /** How many touchpoints each of these people has. */
    Map<Long, Integer> touchpointCounts(long accountId, List<Long> personIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("""
                    SELECT person_id, COUNT(*) FROM touchpoint
                    WHERE account_id = :account AND person_id IN (:ids) GROUP BY person_id
                    """).param("account", accountId).param("ids", personIds)
                    .query(rs -> {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        return counts;
    }

    /**
     * Someone touched between two days: how often, how many of those out or mutual, their first
     * and last day in it, their last touchpoint before it (null: none) and their rhythm in force.
     */
    record WeekTouch(long personId, String name, Integer rhythmDays, int touchpoints, int reachOuts, int firstDay,
                     int lastDay, Integer beforeDay) {
    }

    List<WeekTouch> touchedBetween(long accountId, int from, int to) {
        return jdbc.sql("""
                SELECT p.id, p.name, p.rhythm_days, COUNT(*),
                       SUM(CASE WHEN t.direction = 'in' THEN 0 ELSE 1 END), MIN(t.day), MAX(t.day),
                       (SELECT MAX(b.day) FROM touchpoint b
                        WHERE b.account_id = p.account_id AND b.person_id = p.id AND b.day < :from) AS before_day
                FROM touchpoint t JOIN person p ON p.account_id = t.account_id AND p.id = t.person_id
                WHERE t.account_id = :account AND t.day >= :from AND t.day <= :to AND p.deleted_at IS NULL
                GROUP BY p.id, p.account_id, p.name, p.rhythm_days
                """)
                .param("account", accountId).param("from", from).param("to", to)
                .query((rs, n) -> new WeekTouch(rs.getLong(1), rs.getString(2), Rows.intOrNull(rs, "rhythm_days"),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), Rows.intOrNull(rs, "before_day")))
                .list();
    }

    /** The steps taken on asks between two days, by kind ("asked", "yes"…). */
    Map<String, Integer> askSteps(long accountId, int from, int to) {
        return steps("""
                SELECT e.kind, COUNT(*)
                FROM ask_event e JOIN ask a ON a.account_id = e.account_id AND a.id = e.ask_id
                JOIN person p ON p.account_id = a.account_id AND p.id = a.person_id
                WHERE e.account_id = :account AND e.day >= :from AND e.day <= :to AND p.deleted_at IS NULL
                GROUP BY e.kind
                """, accountId, from, to);
    }

    /** The steps taken on introductions between two days, by kind ("proposed", "introduced"…). */
    Map<String, Integer> introSteps(long accountId, int from, int to) {
        return steps("""
                SELECT e.kind, COUNT(*)
                FROM introduction_event e JOIN introduction i ON i.account_id = e.account_id AND i.id = e.introduction_id
                JOIN person a ON a.account_id = i.account_id AND a.id = i.person_a
                JOIN person b ON b.account_id = i.account_id AND b.id = i.person_b
                WHERE e.account_id = :account AND e.day >= :from AND e.day <= :to
                  AND a.deleted_at IS NULL AND b.deleted_at IS NULL
                GROUP BY e.kind
                """, accountId, from, to);
    }

    private Map<String, Integer> steps(String sql, long accountId, int from, int to) {
        Map<String, Integer> result = new HashMap<>();
        jdbc.sql(sql).param("account", accountId).param("from", from).param("to", to)
                .query(rs -> {
                    result.put(rs.getString(1), rs.getInt(2));
                });
        return result;
    }
}
