package app.kith.reminder;

import app.kith.Batches;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

class ReminderRepository {

    /** A reminder with its person's marks, for Today. */
    record Due(Reminder reminder, PersonMarks person) {
    }

    private static final String SELECT = """
            SELECT r.id, r.due_day, r.text, %s
            FROM reminder r
            JOIN person p ON p.account_id = r.account_id AND p.id = r.person_id AND p.deleted_at IS NULL
            """.formatted(PersonMarks.COLUMNS);

    private final JdbcClient jdbc;

    ReminderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, long personId, int day, String text, long now) {
        return jdbc.sql("""
                INSERT INTO reminder (account_id, person_id, due_day, text, created_at)
                VALUES (:account, :person, :day, :text, :now)
                RETURNING id
                """)
                .param("account", accountId).param("person", personId).param("day", day).param("text", text)
                .param("now", now)
                .query(Long.class).single();
    }

    boolean delete(long accountId, long id) {
        return jdbc.sql("DELETE FROM reminder WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", id).update() == 1;
    }

    /** The ids of a person's reminders, dealt with or not, in the order they were made. */
    List<Long> idsOf(long accountId, long personId) {
        return jdbc.sql("SELECT id FROM reminder WHERE account_id = :account AND person_id = :person ORDER BY id")
                .param("account", accountId).param("person", personId).query(Long.class).list();
    }

    /** Moves these reminders from one person to another; one that no longer names {@code from} stays. */
    void reassign(long accountId, Collection<Long> ids, long from, long to) {
        for (List<Long> chunk : Batches.of(ids)) {
            jdbc.sql("UPDATE reminder SET person_id = :to WHERE account_id = :account AND id IN (:ids) AND person_id = :from")
                    .param("to", to).param("account", accountId).param("ids", chunk).param("from", from).update();
        }
    }

    List<Due> byId(long accountId, long id) {
        return jdbc.sql(SELECT + " WHERE r.account_id = :account AND r.id = :id")
                .param("account", accountId).param("id", id).query((rs, n) -> due(rs)).list();
    }

    /** Every reminder of the account's living people, dealt with or not, in the order they were made. */
    List<Due> all(long accountId) {
        return jdbc.sql(SELECT + " WHERE r.account_id = :account ORDER BY r.id")
                .param("account", accountId).query((rs, n) -> due(rs)).list();
    }

    /**
     * The reminders that may be open on a day: set for it or before, and no touch with the person
     * since their day, as far as the last touch tells (those touched on or after the day are
     * included; only their touchpoints can tell how the day began).
     */
    List<Due> dueBy(long accountId, int day) {
        return jdbc.sql(SELECT + """
                 WHERE r.account_id = :account AND r.due_day <= :day
                   AND (p.last_touch_day IS NULL OR p.last_touch_day < r.due_day OR p.last_touch_day >= :day)
                 ORDER BY r.due_day, r.id
                """)
                .param("account", accountId).param("day", day).query((rs, n) -> due(rs)).list();
    }

    /** The reminders not dealt with yet (no touch with the person on or after their day); of one person or (null) all. */
    List<Due> upcoming(long accountId, Long personId, int day) {
        String sql = SELECT + " WHERE r.account_id = :account"
                + (personId == null ? "" : " AND r.person_id = :person")
                + " AND (r.due_day > :day OR p.last_touch_day IS NULL OR p.last_touch_day < r.due_day)"
                + " ORDER BY r.due_day, r.id";
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("account", accountId).param("day", day);
        if (personId != null) {
            spec = spec.param("person", personId);
        }
        return spec.query((rs, n) -> due(rs)).list();
    }

    private static Due due(java.sql.ResultSet rs) throws java.sql.SQLException {
        PersonMarks person = PersonMarks.of(rs);
        return new Due(new Reminder(rs.getLong("id"), person.personId(), person.name(),
                LocalDate.ofEpochDay(rs.getLong("due_day")), rs.getString("text")), person);
    }
}
