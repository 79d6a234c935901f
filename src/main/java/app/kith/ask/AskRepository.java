package app.kith.ask;

import app.kith.Batches;
import app.kith.db.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

class AskRepository {

    private static final String COLUMNS = """
            id, person_id, text, channel, asked_day, state, punted_to_day, follow_ups, last_activity_day, closed_day
            """;

    /** An ask's row, before the person's name and its events are joined in. */
    record Row(long id, long personId, String text, String channel, int askedDay, AskState state, Integer puntedTo,
               int followUps, int lastActivity, Integer closedDay) {
    }

    private final JdbcClient jdbc;

    AskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, long personId, String text, String channel, int day, long now) {
        return jdbc.sql("""
                INSERT INTO ask (account_id, person_id, text, channel, asked_day, state, follow_ups, last_activity_day,
                                 created_at)
                VALUES (:account, :person, :text, :channel, :day, 'waiting', 0, :day, :now)
                RETURNING id
                """)
                .param("account", accountId).param("person", personId).param("text", text).param("channel", channel)
                .param("day", day).param("now", now)
                .query(Long.class).single();
    }

    /** A step of an ask; {@code touchpointId} is the touchpoint it logged, if any. */
    void insertEvent(long accountId, long askId, int day, AskEventKind kind, Integer puntedTo, String note,
                     Long touchpointId, long now) {
        jdbc.sql("""
                INSERT INTO ask_event (account_id, ask_id, day, kind, punted_to_day, note, touchpoint_id, created_at)
                VALUES (:account, :ask, :day, :kind, :punted, :note, :touchpoint, :now)
                """)
                .param("account", accountId).param("ask", askId).param("day", day).param("kind", kind.key())
                .param("punted", puntedTo).param("note", note).param("touchpoint", touchpointId).param("now", now)
                .update();
    }

    /** The touchpoint a step of an ask logged, if it logged one. */
    Optional<Long> touchpointOf(long accountId, long eventId) {
        return jdbc.sql("SELECT touchpoint_id FROM ask_event WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", eventId)
                .query((rs, n) -> Optional.ofNullable(Rows.longOrNull(rs, "touchpoint_id"))).optional().flatMap(id -> id);
    }

    /** The ask whose step logged this touchpoint, if one did. */
    Optional<Long> askOfTouchpoint(long accountId, long touchpointId) {
        return jdbc.sql("SELECT ask_id FROM ask_event WHERE account_id = :account AND touchpoint_id = :touchpoint LIMIT 1")
                .param("account", accountId).param("touchpoint", touchpointId).query(Long.class).optional();
    }

    /** An ask and its steps, gone. */
    void delete(long accountId, long askId) {
        jdbc.sql("DELETE FROM ask_event WHERE account_id = :account AND ask_id = :ask")
                .param("account", accountId).param("ask", askId).update();
        jdbc.sql("DELETE FROM ask WHERE account_id = :account AND id = :ask")
                .param("account", accountId).param("ask", askId).update();
    }

    void deleteEvent(long accountId, long askId, long eventId) {
        jdbc.sql("DELETE FROM ask_event WHERE account_id = :account AND ask_id = :ask AND id = :id")
                .param("account", accountId).param("ask", askId).param("id", eventId).update();
    }

    /** Writes the state replayed from the events, so lists and Today's query stay simple. */
    void update(long accountId, long askId, AskRule.Snapshot s) {
        jdbc.sql("""
                UPDATE ask SET state = :state, punted_to_day = :punted, follow_ups = :followUps,
                       last_activity_day = :last, closed_day = :closed
                WHERE account_id = :account AND id = :id
                """)
                .param("state", s.state().key()).param("punted", s.puntedTo()).param("followUps", s.followUps())
                .param("last", s.lastActivity()).param("closed", s.state().open() ? null : s.lastActivity())
                .param("account", accountId).param("id", askId)
                .update();
    }

    Optional<Row> find(long accountId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ask WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", id).query(AskRepository::map).optional();
    }

    List<Row> list(long accountId, Boolean open, AskState state, Long personId) {
        StringBuilder where = new StringBuilder(" WHERE account_id = :account");
        if (open != null) {
            where.append(open ? " AND state IN ('waiting', 'punted')" : " AND state NOT IN ('waiting', 'punted')");
        }
        if (state != null) {
            where.append(" AND state = :state");
        }
        if (personId != null) {
            where.append(" AND person_id = :person");
        }
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM ask" + where + " ORDER BY asked_day DESC, id DESC")
                .param("account", accountId);
        if (state != null) {
            spec = spec.param("state", state.key());
        }
        if (personId != null) {
            spec = spec.param("person", personId);
        }
        return spec.query(AskRepository::map).list();
    }

    /** An ask Today may show, with its person's name and its events in order. */
    record ForDay(Row row, String name, List<AskEvent> events) {
    }

    /**
     * The asks that may need a follow-up on a day, or were acted on since it began, each with its
     * person's name and its events, in one statement; asks of deleted people are left out.
     */
    List<ForDay> forDay(long accountId, int day) {
        Map<Long, ForDay> result = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT a.id, a.person_id, a.text, a.channel, a.asked_day, a.state, a.punted_to_day, a.follow_ups,
                       a.last_activity_day, a.closed_day, p.name AS person_name, e.id AS event_id,
                       e.day AS event_day, e.kind AS event_kind, e.punted_to_day AS event_punted_to_day,
                       e.note AS event_note
                FROM ask a
                JOIN person p ON p.account_id = a.account_id AND p.id = a.person_id AND p.deleted_at IS NULL
                LEFT JOIN ask_event e ON e.account_id = a.account_id AND e.ask_id = a.id
                WHERE a.account_id = :account
                  AND (a.state IN ('waiting', 'punted')
                       OR a.id IN (SELECT ask_id FROM ask_event WHERE account_id = :account AND day >= :day))
                ORDER BY a.id, e.day, e.id
                """)
                .param("account", accountId).param("day", day)
                .query(rs -> {
                    ForDay ask = result.get(rs.getLong("id"));
                    if (ask == null) {
                        ask = new ForDay(map(rs, 0), rs.getString("person_name"), new ArrayList<>());
                        result.put(ask.row().id(), ask);
                    }
                    Long event = Rows.longOrNull(rs, "event_id");
                    if (event != null) {
                        ask.events().add(new AskEvent(event, ask.row().id(), LocalDate.ofEpochDay(rs.getLong("event_day")),
                                AskEventKind.of(rs.getString("event_kind")), Rows.dayOrNull(rs, "event_punted_to_day"),
                                rs.getString("event_note")));
                    }
                });
        return List.copyOf(result.values());
    }

    Map<Long, List<AskEvent>> events(long accountId, Collection<Long> askIds) {
        Map<Long, List<AskEvent>> result = new HashMap<>();
        for (List<Long> chunk : Batches.of(askIds)) {
            jdbc.sql("""
                    SELECT id, ask_id, day, kind, punted_to_day, note FROM ask_event
                    WHERE account_id = :account AND ask_id IN (:asks) ORDER BY ask_id, day, id
                    """)
                    .param("account", accountId).param("asks", chunk)
                    .query(rs -> {
                        AskEvent e = new AskEvent(rs.getLong("id"), rs.getLong("ask_id"),
                                LocalDate.ofEpochDay(rs.getLong("day")), AskEventKind.of(rs.getString("kind")),
                                Rows.dayOrNull(rs, "punted_to_day"), rs.getString("note"));
                        result.computeIfAbsent(e.askId(), k -> new ArrayList<>()).add(e);
                    });
        }
        return result;
    }

    /** The ids of the asks of a person, in the order they were made. */
    List<Long> idsOf(long accountId, long personId) {
        return jdbc.sql("SELECT id FROM ask WHERE account_id = :account AND person_id = :person ORDER BY id")
                .param("account", accountId).param("person", personId).query(Long.class).list();
    }

    /** Moves these asks from one person to another; one that no longer names {@code from} stays. */
    void reassign(long accountId, Collection<Long> ids, long from, long to) {
        for (List<Long> chunk : Batches.of(ids)) {
            jdbc.sql("UPDATE ask SET person_id = :to WHERE account_id = :account AND id IN (:ids) AND person_id = :from")
                    .param("to", to).param("account", accountId).param("ids", chunk).param("from", from).update();
        }
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("person_id"), rs.getString("text"), rs.getString("channel"),
                rs.getInt("asked_day"), AskState.of(rs.getString("state")), Rows.intOrNull(rs, "punted_to_day"),
                rs.getInt("follow_ups"), rs.getInt("last_activity_day"), Rows.intOrNull(rs, "closed_day"));
    }
}
