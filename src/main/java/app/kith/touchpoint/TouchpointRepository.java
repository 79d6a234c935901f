package app.kith.touchpoint;

import app.kith.Batches;
import app.kith.db.PostgresBulk;
import app.kith.db.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

class TouchpointRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    TouchpointRepository(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.batch = jdbcTemplate;
    }

    /**
     * The new touchpoint's id, or nothing when the account has no such person (unknown, another
     * account's, or deleted): the insert itself checks, so no error has to be told apart.
     */
    Optional<Long> insert(long accountId, long personId, int day, Channel channel, Direction direction, String note,
                          long now) {
        return jdbc.sql("""
                INSERT INTO touchpoint (account_id, person_id, day, channel, direction, note, created_at)
                SELECT account_id, id, :day, :channel, :direction, :note, :now FROM person
                WHERE account_id = :account AND id = :person AND deleted_at IS NULL
                RETURNING id
                """)
                .param("account", accountId).param("person", personId).param("day", day)
                .param("channel", channel.key()).param("direction", direction.key()).param("note", note)
                .param("now", now)
                .query(Long.class).optional();
    }

    record Bulk(long personId, int day, Channel channel, Direction direction, String note) {
    }

    /**
     * Many touchpoints at once: whole groups of rows per INSERT, since SQLite's work per statement
     * (and AUTOINCREMENT's bookkeeping) would otherwise be paid once per row, millions of times
     * for demo data. PostgreSQL takes them all in one COPY.
     */
    void insertAll(long accountId, List<Bulk> rows, long now) {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (Bulk r : rows) {
            values.add(new Object[] {accountId, r.personId(), r.day(), r.channel().key(), r.direction().key(), r.note(), now});
        }
        if (PostgresBulk.copy(batch, "touchpoint", BULK_COLUMNS, values)) {
            return;
        }
        int full = rows.size() - rows.size() % ROWS_PER_INSERT;
        insertGroups(accountId, rows.subList(0, full), ROWS_PER_INSERT, now);
        insertGroups(accountId, rows.subList(full, rows.size()), rows.size() - full, now);
    }

    private static final int ROWS_PER_INSERT = 100;

    private static final List<String> BULK_COLUMNS = List.of("account_id", "person_id", "day", "channel", "direction",
            "note", "created_at");

    private void insertGroups(long accountId, List<Bulk> rows, int perInsert, long now) {
        if (rows.isEmpty()) {
            return;
        }
        List<List<Bulk>> groups = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += perInsert) {
            groups.add(rows.subList(i, i + perInsert));
        }
        String values = String.join(", ", java.util.Collections.nCopies(perInsert, "(?, ?, ?, ?, ?, ?, ?)"));
        batch.batchUpdate("INSERT INTO touchpoint (account_id, person_id, day, channel, direction, note, created_at) VALUES "
                + values, groups, groups.size(), (ps, group) -> {
                    int p = 0;
                    for (Bulk r : group) {
                        ps.setLong(++p, accountId);
                        ps.setLong(++p, r.personId());
                        ps.setInt(++p, r.day());
                        ps.setString(++p, r.channel().key());
                        ps.setString(++p, r.direction().key());
                        ps.setString(++p, r.note());
                        ps.setLong(++p, now);
                    }
                });
    }

    /** One touchpoint, unless its person is deleted (then it is out of sight with them). */
    Optional<Touchpoint> find(long accountId, long id) {
        return jdbc.sql("""
                SELECT t.id, t.person_id, t.day, t.channel, t.direction, t.note, t.created_at FROM touchpoint t
                JOIN person p ON p.account_id = t.account_id AND p.id = t.person_id
                WHERE t.account_id = :account AND t.id = :id AND p.deleted_at IS NULL
                """)
                .param("account", accountId).param("id", id)
                .query(TouchpointRepository::map).optional();
    }

    void update(long accountId, long id, int day, Channel channel, Direction direction, String note) {
        jdbc.sql("""
                UPDATE touchpoint SET day = :day, channel = :channel, direction = :direction, note = :note
                WHERE account_id = :account AND id = :id
                """)
                .param("day", day).param("channel", channel.key()).param("direction", direction.key())
                .param("note", note).param("account", accountId).param("id", id).update();
    }

    void delete(long accountId, long id) {
        jdbc.sql("DELETE FROM touchpoint WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", id).update();
    }

    List<Touchpoint> ofPerson(long accountId, long personId, int limit, int offset) {
        return jdbc.sql("""
                SELECT id, person_id, day, channel, direction, note, created_at FROM touchpoint
                WHERE account_id = :account AND person_id = :person
                ORDER BY day DESC, id DESC LIMIT :limit OFFSET :offset
                """)
                .param("account", accountId).param("person", personId).param("limit", limit).param("offset", offset)
                .query(TouchpointRepository::map).list();
    }

    /** The account's touchpoints with an id above {@code after}, by id: a page of everything, for exports. */
    List<Touchpoint> after(long accountId, long after, int limit) {
        return jdbc.sql("""
                SELECT id, person_id, day, channel, direction, note, created_at FROM touchpoint
                WHERE account_id = :account AND id > :after ORDER BY id LIMIT :limit
                """)
                .param("account", accountId).param("after", after).param("limit", limit)
                .query(TouchpointRepository::map).list();
    }

    Map<Long, LastTouches> lastTouches(long accountId) {
        Map<Long, LastTouches> result = new HashMap<>();
        jdbc.sql("""
                SELECT person_id, MAX(day) AS any_day,
                       MAX(CASE WHEN direction = 'in' THEN day END) AS in_day,
                       MAX(CASE WHEN direction <> 'in' THEN day END) AS out_day
                FROM touchpoint WHERE account_id = :account GROUP BY person_id
                """)
                .param("account", accountId)
                .query(rs -> {
                    result.put(rs.getLong(1), new LastTouches(rs.getInt("any_day"), Rows.intOrNull(rs, "in_day"),
                            Rows.intOrNull(rs, "out_day")));
                });
        return result;
    }

    List<DayState> dayStates(long accountId, Collection<Long> personIds, int day) {
        List<DayState> result = new ArrayList<>();
        for (List<Long> chunk : Batches.of(personIds)) {
            result.addAll(jdbc.sql("""
                    SELECT person_id,
                           MAX(CASE WHEN day < :day THEN day END) AS before_day,
                           MAX(CASE WHEN day = :day THEN 1 ELSE 0 END) AS on_day
                    FROM touchpoint
                    WHERE account_id = :account AND person_id IN (:people)
                    GROUP BY person_id
                    """)
                    .param("day", day).param("account", accountId).param("people", chunk)
                    .query((rs, n) -> {
                        long before = rs.getLong(2);
                        LocalDate lastBefore = rs.wasNull() ? null : LocalDate.ofEpochDay(before);
                        return new DayState(rs.getLong(1), lastBefore, rs.getInt(3) == 1);
                    })
                    .list());
        }
        return result;
    }

    /**
     * The channel of each person's last touchpoint before a day (someone with none is absent): one
     * statement for the chunk, where one per person cost a round trip each on PostgreSQL.
     */
    /**
     * These people's names with their last touchpoint before a day; {@code theirs}: only one they
     * started. Each last touchpoint is one backward step in the index on the person's touchpoints,
     * not a ranking of all of them.
     */
    Map<Long, LastTouch> namesWithLastBefore(long accountId, Collection<Long> personIds, int day, boolean theirs) {
        Map<Long, LastTouch> result = new HashMap<>();
        for (List<Long> chunk : Batches.of(personIds)) {
            jdbc.sql("""
                    SELECT p.id AS person_id, p.name AS person_name, t.id, t.day, t.channel, t.direction, t.note,
                           t.created_at
                    FROM person p
                    LEFT JOIN touchpoint t ON t.account_id = p.account_id AND t.id = (
                        SELECT l.id FROM touchpoint l
                        WHERE l.account_id = p.account_id AND l.person_id = p.id AND l.day < :day
                          AND (:theirs = 0 OR l.direction = 'in')
                        ORDER BY l.day DESC, l.id DESC LIMIT 1)
                    WHERE p.account_id = :account AND p.id IN (:people) AND p.deleted_at IS NULL
                    """)
                    .param("account", accountId).param("people", chunk).param("day", day).param("theirs", theirs ? 1 : 0)
                    .query(rs -> {
                        Touchpoint last = Rows.longOrNull(rs, "id") == null ? null : map(rs, 0);
                        result.put(rs.getLong("person_id"), new LastTouch(rs.getString("person_name"), last));
                    });
        }
        return result;
    }

    DirectionCounts countsBetween(long accountId, long personId, int from, int to) {
        return jdbc.sql("""
                SELECT SUM(CASE WHEN direction = 'in' THEN 1 ELSE 0 END) AS in_count,
                       SUM(CASE WHEN direction = 'out' THEN 1 ELSE 0 END) AS out_count,
                       SUM(CASE WHEN direction = 'mutual' THEN 1 ELSE 0 END) AS mutual_count
                FROM touchpoint
                WHERE account_id = :account AND person_id = :person AND day BETWEEN :from AND :to
                """)
                .param("account", accountId).param("person", personId).param("from", from).param("to", to)
                .query((rs, n) -> new DirectionCounts(rs.getInt("in_count"), rs.getInt("out_count"),
                        rs.getInt("mutual_count")))
                .single();
    }

    Optional<Touchpoint> lastReachOut(long accountId, long personId, int until) {
        return jdbc.sql("""
                SELECT id, person_id, day, channel, direction, note, created_at FROM touchpoint
                WHERE account_id = :account AND person_id = :person AND day <= :until AND direction <> 'mutual'
                ORDER BY day DESC, id DESC LIMIT 1
                """)
                .param("account", accountId).param("person", personId).param("until", until)
                .query(TouchpointRepository::map).optional();
    }

    /** Each person's last touchpoint that they started before a day; of two on a day, the one logged later. */
    Map<Long, Touchpoint> lastInBefore(long accountId, Collection<Long> personIds, int day) {
        Map<Long, Touchpoint> result = new HashMap<>();
        for (List<Long> chunk : Batches.of(personIds)) {
            jdbc.sql("""
                    SELECT id, person_id, day, channel, direction, note, created_at FROM (
                        SELECT id, person_id, day, channel, direction, note, created_at,
                               ROW_NUMBER() OVER (PARTITION BY person_id ORDER BY day DESC, id DESC) AS nth
                        FROM touchpoint
                        WHERE account_id = :account AND person_id IN (:people) AND day < :day AND direction = 'in'
                    ) latest WHERE nth = 1
                    """)
                    .param("account", accountId).param("people", chunk).param("day", day)
                    .query(TouchpointRepository::map).list().forEach(t -> result.put(t.personId(), t));
        }
        return result;
    }

    List<Exchange> exchanges(long accountId, Collection<Long> personIds, int day) {
        List<Exchange> result = new ArrayList<>();
        for (List<Long> chunk : Batches.of(personIds)) {
            result.addAll(jdbc.sql("""
                    SELECT person_id,
                           MAX(CASE WHEN day < :day AND direction = 'in' THEN day END) AS in_before,
                           MAX(CASE WHEN day < :day AND direction <> 'in' THEN day END) AS out_before,
                           MAX(CASE WHEN day = :day AND direction <> 'in' THEN 1 ELSE 0 END) AS answered_on
                    FROM touchpoint
                    WHERE account_id = :account AND person_id IN (:people)
                    GROUP BY person_id
                    """)
                    .param("day", day).param("account", accountId).param("people", chunk)
                    .query((rs, n) -> new Exchange(rs.getLong("person_id"), Rows.dayOrNull(rs, "in_before"),
                            Rows.dayOrNull(rs, "out_before"), rs.getInt("answered_on") == 1))
                    .list());
        }
        return result;
    }

    int count(long accountId) {
        return jdbc.sql("SELECT count(*) FROM touchpoint WHERE account_id = :account").param("account", accountId)
                .query(Integer.class).single();
    }

    /** How many touchpoints each of these people has; someone with none is absent. */
    Map<Long, Integer> countsOf(long accountId, Collection<Long> personIds) {
        Map<Long, Integer> counts = new HashMap<>();
        for (List<Long> chunk : Batches.of(personIds)) {
            jdbc.sql("""
                    SELECT person_id, count(*) FROM touchpoint WHERE account_id = :account AND person_id IN (:ids)
                    GROUP BY person_id
                    """)
                    .param("account", accountId).param("ids", chunk)
                    .query(rs -> {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        return counts;
    }

    /** The ids of a person's touchpoints, in the order they were logged. */
    List<Long> idsOf(long accountId, long personId) {
        return jdbc.sql("SELECT id FROM touchpoint WHERE account_id = :account AND person_id = :person ORDER BY id")
                .param("account", accountId).param("person", personId).query(Long.class).list();
    }

    /** Moves these touchpoints from one person to another; one that no longer names {@code from} stays. */
    void reassign(long accountId, Collection<Long> ids, long from, long to) {
        for (List<Long> chunk : Batches.of(ids)) {
            jdbc.sql("""
                    UPDATE touchpoint SET person_id = :to
                    WHERE account_id = :account AND id IN (:ids) AND person_id = :from
                    """)
                    .param("to", to).param("account", accountId).param("ids", chunk).param("from", from).update();
        }
    }

    private static Touchpoint map(ResultSet rs, int n) throws SQLException {
        return new Touchpoint(rs.getLong("id"), rs.getLong("person_id"), LocalDate.ofEpochDay(rs.getLong("day")),
                Channel.parse("channel", rs.getString("channel")), Direction.parse("direction", rs.getString("direction")),
                rs.getString("note"), Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
