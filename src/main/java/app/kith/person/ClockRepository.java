package app.kith.person;

import app.kith.Batches;
import app.kith.db.PostgresBulk;
import app.kith.db.Rows;
import app.kith.touchpoint.LastTouches;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL of people's clocks: rhythm in force, last touch, due date, snooze and skip. */
class ClockRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ClockRepository(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.batch = jdbcTemplate;
    }

    /** The part of a row that the clock is computed from. */
    record ClockRow(long id, Integer ownRhythmDays, Integer rhythmDays, Integer snoozedOn, Integer snoozedUntil) {
    }

    Optional<ClockRow> clock(long accountId, long id) {
        return jdbc.sql("""
                SELECT id, own_rhythm_days, rhythm_days, snoozed_on, snoozed_until FROM person
                WHERE account_id = :account AND id = :id AND deleted_at IS NULL
                """)
                .param("account", accountId).param("id", id)
                .query(ClockRepository::clockRow)
                .optional();
    }

    List<ClockRow> clocks(long accountId, Collection<Long> ids) {
        List<ClockRow> rows = new ArrayList<>();
        for (List<Long> chunk : Batches.of(ids)) {
            rows.addAll(jdbc.sql("""
                    SELECT id, own_rhythm_days, rhythm_days, snoozed_on, snoozed_until FROM person
                    WHERE account_id = :account AND id IN (:ids) AND deleted_at IS NULL
                    """)
                    .param("account", accountId).param("ids", chunk)
                    .query(ClockRepository::clockRow)
                    .list());
        }
        return rows;
    }

    /**
     * Sets the rhythm in force of several people and recomputes their due dates. Grouped by
     * rhythm, a chunk of ids per statement: a few statements for thousands of people, where one
     * per person costs a round trip each on PostgreSQL.
     */
    void setRhythms(long accountId, Map<Long, Integer> rhythms) {
        Map<Integer, List<Long>> byRhythm = new HashMap<>();
        rhythms.forEach((id, rhythm) -> byRhythm.computeIfAbsent(rhythm, r -> new ArrayList<>()).add(id));
        byRhythm.forEach((rhythm, ids) -> {
            for (List<Long> chunk : Batches.of(ids)) {
                var update = rhythm == null
                        ? jdbc.sql("UPDATE person SET rhythm_days = NULL, due_day = NULL WHERE account_id = :account AND id IN (:ids)")
                        : jdbc.sql("""
                                UPDATE person SET rhythm_days = :rhythm, due_day = COALESCE(last_touch_day, started_day) + :rhythm
                                WHERE account_id = :account AND id IN (:ids)
                                """).param("rhythm", rhythm);
                update.param("account", accountId).param("ids", chunk).update();
            }
        });
    }

    /** A touch on this day moves the person's last touch forward (never back). */
    void touched(long accountId, long id, int day, boolean theyStarted) {
        String side = theyStarted ? "last_in_day" : "last_out_day";
        jdbc.sql("""
                UPDATE person SET last_touch_day = CASE WHEN last_touch_day IS NULL OR last_touch_day < :day
                                                        THEN :day ELSE last_touch_day END,
                                  %1$s = CASE WHEN %1$s IS NULL OR %1$s < :day THEN :day ELSE %1$s END
                WHERE account_id = :account AND id = :id
                """.formatted(side))
                .param("day", day).param("account", accountId).param("id", id).update();
        recomputeDue(accountId, List.of(id));
    }

    /**
     * Sets the last touch of many people at once (after a bulk load of touchpoints), and the due
     * date it makes for those on a rhythm, so each row is rewritten once. On PostgreSQL one
     * statement takes every row as arrays: one per person cost a round trip each (30,000 at L).
     */
    void setLastTouches(long accountId, Map<Long, LastTouches> lastTouches) {
        if (PostgresBulk.isPostgres(batch)) {
            int n = lastTouches.size();
            Long[] ids = new Long[n];
            Integer[] any = new Integer[n];
            Integer[] in = new Integer[n];
            Integer[] out = new Integer[n];
            int i = 0;
            for (var e : lastTouches.entrySet()) {
                ids[i] = e.getKey();
                any[i] = e.getValue().any();
                in[i] = e.getValue().in();
                out[i] = e.getValue().out();
                i++;
            }
            PostgresBulk.updateWithArrays(batch, """
                    UPDATE person p SET last_touch_day = v.any_day, last_in_day = v.in_day, last_out_day = v.out_day,
                                        due_day = CASE WHEN p.rhythm_days IS NULL THEN NULL ELSE v.any_day + p.rhythm_days END
                    FROM unnest(?, ?, ?, ?) AS v(id, any_day, in_day, out_day)
                    WHERE p.account_id = ? AND p.id = v.id
                    """, ids, any, in, out, accountId);
            return;
        }
        List<Object[]> rows = lastTouches.entrySet().stream()
                .map(e -> new Object[] {e.getValue().any(), e.getValue().in(), e.getValue().out(), e.getValue().any(),
                        accountId, e.getKey()})
                .toList();
        batch.batchUpdate("""
                UPDATE person SET last_touch_day = ?, last_in_day = ?, last_out_day = ?,
                                  due_day = CASE WHEN rhythm_days IS NULL THEN NULL ELSE ? + rhythm_days END
                WHERE account_id = ? AND id = ?
                """, rows);
    }

    /** Last touches (any, theirs, yours) read again from the touchpoints these people have now. */
    void recomputeLastTouches(long accountId, Collection<Long> ids) {
        for (List<Long> chunk : Batches.of(ids)) {
            jdbc.sql("""
                    UPDATE person SET
                        last_touch_day = (SELECT MAX(t.day) FROM touchpoint t
                                          WHERE t.account_id = person.account_id AND t.person_id = person.id),
                        last_in_day = (SELECT MAX(t.day) FROM touchpoint t
                                       WHERE t.account_id = person.account_id AND t.person_id = person.id
                                         AND t.direction = 'in'),
                        last_out_day = (SELECT MAX(t.day) FROM touchpoint t
                                        WHERE t.account_id = person.account_id AND t.person_id = person.id
                                          AND t.direction <> 'in')
                    WHERE account_id = :account AND id IN (:ids)
                    """)
                    .param("account", accountId).param("ids", chunk).update();
        }
    }

    void recomputeDue(long accountId, Collection<Long> ids) {
        for (List<Long> chunk : Batches.of(ids)) {
            jdbc.sql("""
                    UPDATE person SET due_day = CASE WHEN rhythm_days IS NULL THEN NULL
                                                     ELSE COALESCE(last_touch_day, started_day) + rhythm_days END
                    WHERE account_id = :account AND id IN (:ids)
                    """)
                    .param("account", accountId).param("ids", chunk).update();
        }
    }

    /** Only the rows whose due date changes are written: most are right already after a bulk load. */
    void recomputeAllDue(long accountId) {
        jdbc.sql("""
                UPDATE person SET due_day = CASE WHEN rhythm_days IS NULL THEN NULL
                                                 ELSE COALESCE(last_touch_day, started_day) + rhythm_days END
                WHERE account_id = :account
                  AND due_day IS DISTINCT FROM (CASE WHEN rhythm_days IS NULL THEN NULL
                                                     ELSE COALESCE(last_touch_day, started_day) + rhythm_days END)
                """)
                .param("account", accountId).update();
    }

    void snooze(long accountId, long id, int snoozedOn, Integer until) {
        jdbc.sql("UPDATE person SET snoozed_on = :on, snoozed_until = :until WHERE account_id = :account AND id = :id")
                .param("on", until == null ? null : snoozedOn).param("until", until)
                .param("account", accountId).param("id", id).update();
    }

    void skip(long accountId, long id, int day) {
        jdbc.sql("UPDATE person SET skipped_on = :day WHERE account_id = :account AND id = :id")
                .param("day", day).param("account", accountId).param("id", id).update();
    }

    /** A living person's skip and snooze marks. */
    Optional<Marks> marks(long accountId, long id) {
        return jdbc.sql("""
                SELECT skipped_on, snoozed_on, snoozed_until FROM person
                WHERE account_id = :account AND id = :id AND deleted_at IS NULL
                """)
                .param("account", accountId).param("id", id)
                .query((rs, n) -> Marks.of(Rows.intOrNull(rs, "skipped_on"), Rows.intOrNull(rs, "snoozed_on"),
                        Rows.intOrNull(rs, "snoozed_until")))
                .optional();
    }

    /** Puts a person's skip and snooze marks back as they were. */
    void setMarks(long accountId, long id, Marks marks) {
        jdbc.sql("""
                UPDATE person SET skipped_on = :skipped, snoozed_on = :on, snoozed_until = :until
                WHERE account_id = :account AND id = :id
                """)
                .param("skipped", day(marks.skippedOn())).param("on", day(marks.snoozedOn()))
                .param("until", day(marks.snoozedUntil())).param("account", accountId).param("id", id).update();
    }

    private static Integer day(LocalDate date) {
        return date == null ? null : (int) date.toEpochDay();
    }

    private static final String CLOCK_COLUMNS = """
            id, rhythm_days, last_touch_day, started_day, why, created_day, snoozed_on, snoozed_until, skipped_on
            """;

    /**
     * Tracked people due by {@code lastDay}, then those touched on or after {@code day} not among
     * them: two range reads (the planner's covering index, then the last touches) in one statement.
     */
    List<PersonClock> forPlan(long accountId, int day, int lastDay) {
        return jdbc.sql("""
                SELECT %1$s FROM person
                WHERE account_id = :account AND deleted_at IS NULL AND due_day IS NOT NULL AND due_day <= :last
                UNION ALL
                SELECT %1$s FROM person
                WHERE account_id = :account AND deleted_at IS NULL AND last_touch_day >= :day AND rhythm_days IS NOT NULL
                  AND (due_day IS NULL OR due_day > :last)
                """.formatted(CLOCK_COLUMNS.strip()))
                .param("account", accountId).param("last", lastDay).param("day", day)
                .query(ClockRepository::clockOf).list();
    }

    /** These people's clocks, those tracked and living among them. */
    List<PersonClock> clocksOf(long accountId, Collection<Long> ids) {
        List<PersonClock> result = new ArrayList<>();
        for (List<Long> chunk : Batches.of(ids)) {
            result.addAll(jdbc.sql("SELECT " + CLOCK_COLUMNS + """
                    FROM person
                    WHERE account_id = :account AND id IN (:ids) AND deleted_at IS NULL AND rhythm_days IS NOT NULL
                    """)
                    .param("account", accountId).param("ids", chunk).query(ClockRepository::clockOf).list());
        }
        return result;
    }

    /** The next tracked people to fall due after a day, soonest first, leaving out the snoozed. */
    List<PersonClock> dueAfter(long accountId, int day, int limit) {
        return jdbc.sql("SELECT " + CLOCK_COLUMNS + """
                FROM person
                WHERE account_id = :account AND deleted_at IS NULL AND due_day IS NOT NULL AND due_day > :day
                  AND (snoozed_until IS NULL OR snoozed_until <= :day)
                ORDER BY due_day, id LIMIT :limit
                """)
                .param("account", accountId).param("day", day).param("limit", limit)
                .query(ClockRepository::clockOf).list();
    }

    /** Tracked people whose last touch they started is on or after a day, unanswered or touched since {@code day}. */
    List<ReplyClock> mayAwaitReply(long accountId, int wroteFrom, int day) {
        return jdbc.sql("""
                SELECT id, rhythm_days, last_in_day, last_out_day, snoozed_on, snoozed_until, skipped_on FROM person
                WHERE account_id = :account AND deleted_at IS NULL AND last_in_day IS NOT NULL
                  AND last_in_day >= :from AND rhythm_days IS NOT NULL
                  AND (last_out_day IS NULL OR last_out_day < last_in_day OR last_out_day >= :day OR last_in_day >= :day)
                """)
                .param("account", accountId).param("from", wroteFrom).param("day", day)
                .query((rs, n) -> new ReplyClock(rs.getLong("id"), rs.getInt("rhythm_days"), rs.getInt("last_in_day"),
                        Rows.intOrNull(rs, "last_out_day"), Rows.intOrNull(rs, "snoozed_on"),
                        Rows.intOrNull(rs, "snoozed_until"), Rows.intOrNull(rs, "skipped_on")))
                .list();
    }

    /**
     * Living people whose birthday's month and day ({@code MM-DD}, its last five characters) is
     * one of these: a range read of the index {@code person_birthday}, whose expression this repeats
     * (no ORDER BY: sorting by id would make SQLite read every person of the account in id order).
     */
    List<BirthdayClock> bornOn(long accountId, Collection<String> monthDays) {
        return jdbc.sql("""
                SELECT id, name, birthday, rhythm_days, last_touch_day, snoozed_on, snoozed_until, skipped_on FROM person
                WHERE account_id = :account AND birthday IS NOT NULL AND deleted_at IS NULL
                  AND substr(birthday, length(birthday) - 4) IN (:days)
                """)
                .param("account", accountId).param("days", monthDays)
                .query((rs, n) -> new BirthdayClock(rs.getLong("id"), rs.getString("name"), rs.getString("birthday"),
                        Rows.intOrNull(rs, "rhythm_days"), Rows.intOrNull(rs, "last_touch_day"),
                        Rows.intOrNull(rs, "snoozed_on"), Rows.intOrNull(rs, "snoozed_until"),
                        Rows.intOrNull(rs, "skipped_on")))
                .list();
    }

    /** The day each of these living people was added. */
    Map<Long, Integer> createdDays(long accountId, Collection<Long> ids) {
        Map<Long, Integer> result = new HashMap<>();
        for (List<Long> chunk : Batches.of(ids)) {
            jdbc.sql("SELECT id, created_day FROM person WHERE account_id = :account AND id IN (:ids) AND deleted_at IS NULL")
                    .param("account", accountId).param("ids", chunk)
                    .query(rs -> {
                        result.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        return result;
    }

    /** How many tracked people have each rhythm. */
    Map<Integer, Integer> rhythmCounts(long accountId) {
        Map<Integer, Integer> result = new HashMap<>();
        jdbc.sql("""
                SELECT rhythm_days, count(*) FROM person
                WHERE account_id = :account AND deleted_at IS NULL AND due_day IS NOT NULL
                GROUP BY rhythm_days
                """)
                .param("account", accountId)
                .query(rs -> {
                    result.put(rs.getInt(1), rs.getInt(2));
                });
        return result;
    }

    private static PersonClock clockOf(ResultSet rs, int n) throws SQLException {
        String why = rs.getString("why");
        return new PersonClock(rs.getLong("id"), rs.getInt("rhythm_days"), Rows.intOrNull(rs, "last_touch_day"),
                rs.getInt("started_day"), why == null ? null : Why.parse("why", why), rs.getInt("created_day"),
                Rows.intOrNull(rs, "snoozed_on"), Rows.intOrNull(rs, "snoozed_until"), Rows.intOrNull(rs, "skipped_on"));
    }

    private static ClockRow clockRow(ResultSet rs, int n) throws SQLException {
        return new ClockRow(rs.getLong("id"), Rows.intOrNull(rs, "own_rhythm_days"), Rows.intOrNull(rs, "rhythm_days"),
                Rows.intOrNull(rs, "snoozed_on"), Rows.intOrNull(rs, "snoozed_until"));
    }
}
