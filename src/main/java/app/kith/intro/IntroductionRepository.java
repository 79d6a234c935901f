package app.kith.intro;

import app.kith.Batches;
import app.kith.db.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL of introductions and their steps; every statement is scoped by the account. */
class IntroductionRepository {

    private static final String COLUMNS = "id, person_a, person_b, reason, channel, created_at";

    /** What the row adds to the sum of the steps: who, why, how it was made. */
    record Row(long id, long personA, long personB, String reason, String channel, long createdAt) {
    }

    private final JdbcClient jdbc;

    IntroductionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, long personA, long personB, String reason, int proposedDay, long now) {
        return jdbc.sql("""
                INSERT INTO introduction (account_id, person_a, person_b, reason, state, proposed_day, created_at)
                VALUES (:account, :a, :b, :reason, :state, :day, :now)
                RETURNING id
                """)
                .param("account", accountId).param("a", personA).param("b", personB).param("reason", reason)
                .param("state", IntroState.PROPOSED.key()).param("day", proposedDay).param("now", now)
                .query(Long.class).single();
    }

    /** Keeps the row's state columns equal to the sum of its steps. */
    void update(long accountId, long id, Progress p, String channel) {
        jdbc.sql("""
                UPDATE introduction SET state = :state, a_answer = :aAnswer, b_answer = :bAnswer,
                       a_asked_day = :aAsked, b_asked_day = :bAsked, introduced_day = :introduced,
                       channel = :channel, closed_day = :closed
                WHERE account_id = :account AND id = :id
                """)
                .param("state", p.state().key())
                .param("aAnswer", p.a().answer() == null ? null : p.a().answer().key())
                .param("bAnswer", p.b().answer() == null ? null : p.b().answer().key())
                .param("aAsked", p.a().askedDay()).param("bAsked", p.b().askedDay())
                .param("introduced", p.introducedDay()).param("channel", channel).param("closed", p.closedDay())
                .param("account", accountId).param("id", id).update();
    }

    void insertEvent(long accountId, long introductionId, int day, Kind kind, Long personId, String note, long now) {
        insertEvent(accountId, introductionId, day, kind, personId, note, List.of(), now);
    }

    /** A step; {@code touchpointIds} are the touchpoints it logged (none, one, or one on each side). */
    void insertEvent(long accountId, long introductionId, int day, Kind kind, Long personId, String note,
                     List<Long> touchpointIds, long now) {
        jdbc.sql("""
                INSERT INTO introduction_event (account_id, introduction_id, day, kind, person_id, note, touchpoint_id,
                                                other_touchpoint_id, created_at)
                VALUES (:account, :introduction, :day, :kind, :person, :note, :touchpoint, :other, :now)
                """)
                .param("account", accountId).param("introduction", introductionId).param("day", day)
                .param("kind", kind.key).param("person", personId).param("note", note)
                .param("touchpoint", touchpointIds.isEmpty() ? null : touchpointIds.get(0))
                .param("other", touchpointIds.size() < 2 ? null : touchpointIds.get(1)).param("now", now).update();
    }

    /** The touchpoints a step logged. */
    List<Long> touchpointsOf(long accountId, long eventId) {
        List<Long> ids = new ArrayList<>();
        jdbc.sql("SELECT touchpoint_id, other_touchpoint_id FROM introduction_event WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", eventId)
                .query(rs -> {
                    for (String column : List.of("touchpoint_id", "other_touchpoint_id")) {
                        Long id = Rows.longOrNull(rs, column);
                        if (id != null) {
                            ids.add(id);
                        }
                    }
                });
        return ids;
    }

    /** Whether a step of an introduction logged this touchpoint. */
    boolean logged(long accountId, long touchpointId) {
        return jdbc.sql("""
                SELECT count(*) FROM introduction_event
                WHERE account_id = :account AND (touchpoint_id = :touchpoint OR other_touchpoint_id = :touchpoint)
                """).param("account", accountId).param("touchpoint", touchpointId).query(Long.class).single() > 0;
    }

    void deleteEvent(long accountId, long introductionId, long eventId) {
        jdbc.sql("DELETE FROM introduction_event WHERE account_id = :account AND introduction_id = :introduction AND id = :id")
                .param("account", accountId).param("introduction", introductionId).param("id", eventId).update();
    }

    /** An introduction and its steps. */
    void delete(long accountId, long id) {
        jdbc.sql("DELETE FROM introduction_event WHERE account_id = :account AND introduction_id = :id")
                .param("account", accountId).param("id", id).update();
        jdbc.sql("DELETE FROM introduction WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", id).update();
    }

    Optional<Row> find(long accountId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM introduction WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", id).query(IntroductionRepository::row).optional();
    }

    /** Newest first; {@code states} empty means any state. */
    List<Row> list(long accountId, Collection<String> states, Long personId, int limit, int offset) {
        String where = (states.isEmpty() ? "" : " AND state IN (:states)")
                + (personId == null ? "" : " AND (person_a = :person OR person_b = :person)");
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM introduction WHERE account_id = :account" + where
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("account", accountId).param("limit", limit).param("offset", offset);
        if (!states.isEmpty()) {
            spec = spec.param("states", List.copyOf(states));
        }
        if (personId != null) {
            spec = spec.param("person", personId);
        }
        return spec.query(IntroductionRepository::row).list();
    }

    /** The open introduction of two people, in either order, if there is one. */
    Optional<Long> openBetween(long accountId, long one, long other) {
        return jdbc.sql("""
                SELECT id FROM introduction
                WHERE account_id = :account AND state IN (:open)
                  AND ((person_a = :one AND person_b = :other) OR (person_a = :other AND person_b = :one))
                ORDER BY id LIMIT 1
                """)
                .param("account", accountId).param("open", openStates()).param("one", one).param("other", other)
                .query(Long.class).optional();
    }

    /** The people a person has an open introduction with. */
    List<Long> openWith(long accountId, long personId) {
        return jdbc.sql("""
                SELECT CASE WHEN person_a = :person THEN person_b ELSE person_a END FROM introduction
                WHERE account_id = :account AND state IN (:open) AND (person_a = :person OR person_b = :person)
                """)
                .param("account", accountId).param("open", openStates()).param("person", personId)
                .query(Long.class).list();
    }

    /** An introduction with the names of its two people and its steps in the order they were taken. */
    record Named(Row row, String nameA, String nameB, List<Event> events) {
    }

    /**
     * The introductions that may need attention on a day or were acted on during it (proposed
     * before it, and open now or closed on it or later), with their people's names and their steps,
     * in one statement; those of a deleted person are left out.
     */
    List<Named> activeOn(long accountId, int day) {
        Map<Long, Named> result = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT i.id, i.person_a, i.person_b, i.reason, i.channel, i.created_at, a.name AS name_a,
                       b.name AS name_b, e.id AS event_id, e.day AS event_day, e.kind AS event_kind,
                       e.person_id AS event_person_id, e.note AS event_note
                FROM introduction i
                JOIN person a ON a.account_id = i.account_id AND a.id = i.person_a AND a.deleted_at IS NULL
                JOIN person b ON b.account_id = i.account_id AND b.id = i.person_b AND b.deleted_at IS NULL
                LEFT JOIN introduction_event e ON e.account_id = i.account_id AND e.introduction_id = i.id
                WHERE i.account_id = :account AND i.proposed_day < :day
                  AND (i.state IN (:open) OR i.closed_day >= :day)
                ORDER BY i.id, e.id
                """)
                .param("account", accountId).param("day", day).param("open", openStates())
                .query(rs -> {
                    Named intro = result.get(rs.getLong("id"));
                    if (intro == null) {
                        intro = new Named(row(rs, 0), rs.getString("name_a"), rs.getString("name_b"), new ArrayList<>());
                        result.put(intro.row().id(), intro);
                    }
                    Long event = Rows.longOrNull(rs, "event_id");
                    if (event != null) {
                        intro.events().add(new Event(event, intro.row().id(), rs.getInt("event_day"),
                                Kind.ofKey(rs.getString("event_kind")), Rows.longOrNull(rs, "event_person_id"),
                                rs.getString("event_note")));
                    }
                });
        return List.copyOf(result.values());
    }

    /** Each introduction's steps, in the order they were taken. */
    Map<Long, List<Event>> events(long accountId, Collection<Long> introductionIds) {
        Map<Long, List<Event>> result = new HashMap<>();
        for (List<Long> chunk : Batches.of(introductionIds)) {
            jdbc.sql("""
                    SELECT id, introduction_id, day, kind, person_id, note FROM introduction_event
                    WHERE account_id = :account AND introduction_id IN (:ids)
                    ORDER BY introduction_id, id
                    """)
                    .param("account", accountId).param("ids", chunk)
                    .query(rs -> {
                        Event e = new Event(rs.getLong("id"), rs.getLong("introduction_id"), rs.getInt("day"),
                                Kind.ofKey(rs.getString("kind")), Rows.longOrNull(rs, "person_id"), rs.getString("note"));
                        result.computeIfAbsent(e.introductionId(), k -> new ArrayList<>()).add(e);
                    });
        }
        return result;
    }

    /** How many introductions are in each state. */
    Map<IntroState, Integer> countsByState(long accountId) {
        Map<IntroState, Integer> result = new HashMap<>();
        jdbc.sql("SELECT state, count(*) FROM introduction WHERE account_id = :account GROUP BY state")
                .param("account", accountId)
                .query(rs -> {
                    result.put(IntroState.ofKey(rs.getString(1)), rs.getInt(2));
                });
        return result;
    }

    /** The ids of introductions between two people, in either order, open or not. */
    List<Long> between(long accountId, long x, long y) {
        return jdbc.sql("""
                SELECT id FROM introduction WHERE account_id = :account
                AND ((person_a = :x AND person_b = :y) OR (person_a = :y AND person_b = :x)) ORDER BY id
                """).param("account", accountId).param("x", x).param("y", y).query(Long.class).list();
    }

    /** What names a person: introductions on either side, and the steps about them. */
    Reassigned rowsOf(long accountId, long personId) {
        return new Reassigned(ids("introduction", "person_a", accountId, personId),
                ids("introduction", "person_b", accountId, personId),
                ids("introduction_event", "person_id", accountId, personId));
    }

    /** Moves these rows from one person to another; a row that no longer names {@code from} stays. */
    void reassign(long accountId, Reassigned rows, long from, long to) {
        reassign("introduction", "person_a", rows.asA(), accountId, from, to);
        reassign("introduction", "person_b", rows.asB(), accountId, from, to);
        reassign("introduction_event", "person_id", rows.events(), accountId, from, to);
    }

    /** {@code table} and {@code column} are only ever this class's own literals, never input. */
    private List<Long> ids(String table, String column, long accountId, long personId) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE account_id = :account AND " + column + " = :person ORDER BY id")
                .param("account", accountId).param("person", personId).query(Long.class).list();
    }

    private void reassign(String table, String column, List<Long> ids, long accountId, long from, long to) {
        for (List<Long> chunk : Batches.of(ids)) {
            jdbc.sql("UPDATE " + table + " SET " + column + " = :to WHERE account_id = :account AND id IN (:ids) AND "
                            + column + " = :from")
                    .param("to", to).param("account", accountId).param("ids", chunk).param("from", from).update();
        }
    }

    private static List<String> openStates() {
        return List.of(IntroState.PROPOSED.key(), IntroState.INTRODUCED.key());
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("person_a"), rs.getLong("person_b"), rs.getString("reason"),
                rs.getString("channel"), rs.getLong("created_at"));
    }
}
