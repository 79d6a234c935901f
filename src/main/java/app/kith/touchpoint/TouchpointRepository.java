package app.kith.touchpoint;

import app.kith.Batches;
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

    void insertAll(long accountId, List<Bulk> rows, long now) {
        batch.batchUpdate("""
                INSERT INTO touchpoint (account_id, person_id, day, channel, direction, note, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, rows, 5_000, (ps, r) -> {
            ps.setLong(1, accountId);
            ps.setLong(2, r.personId());
            ps.setInt(3, r.day());
            ps.setString(4, r.channel().key());
            ps.setString(5, r.direction().key());
            ps.setString(6, r.note());
            ps.setLong(7, now);
        });
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

    Map<Long, Integer> lastTouches(long accountId) {
        Map<Long, Integer> result = new HashMap<>();
        jdbc.sql("SELECT person_id, MAX(day) FROM touchpoint WHERE account_id = :account GROUP BY person_id")
                .param("account", accountId)
                .query(rs -> {
                    result.put(rs.getLong(1), rs.getInt(2));
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

    /** The channel of a person's last touchpoint before a day, if any. */
    java.util.Optional<String> lastChannelBefore(long accountId, long personId, int day) {
        return jdbc.sql("""
                SELECT channel FROM touchpoint
                WHERE account_id = :account AND person_id = :person AND day < :day
                ORDER BY day DESC, id DESC LIMIT 1
                """)
                .param("account", accountId).param("person", personId).param("day", day)
                .query(String.class).optional();
    }

    int count(long accountId) {
        return jdbc.sql("SELECT count(*) FROM touchpoint WHERE account_id = :account").param("account", accountId)
                .query(Integer.class).single();
    }

    private static Touchpoint map(ResultSet rs, int n) throws SQLException {
        return new Touchpoint(rs.getLong("id"), rs.getLong("person_id"), LocalDate.ofEpochDay(rs.getLong("day")),
                Channel.parse("channel", rs.getString("channel")), Direction.parse("direction", rs.getString("direction")),
                rs.getString("note"), Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
