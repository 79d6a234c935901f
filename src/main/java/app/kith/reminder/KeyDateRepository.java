package app.kith.reminder;

import app.kith.Batches;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

class KeyDateRepository {

    /** A key date with its person's marks, for Today. */
    record OnDay(KeyDate date, PersonMarks person) {
    }

    private final JdbcClient jdbc;

    KeyDateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, long personId, String label, LocalDate on, boolean yearly, long now) {
        return jdbc.sql("""
                INSERT INTO key_date (account_id, person_id, label, day, month_day, yearly, created_at)
                VALUES (:account, :person, :label, :day, :monthDay, :yearly, :now)
                RETURNING id
                """)
                .param("account", accountId).param("person", personId).param("label", label)
                .param("day", on.toEpochDay()).param("monthDay", KeyDateItems.monthDay(on))
                .param("yearly", yearly ? 1 : 0).param("now", now)
                .query(Long.class).single();
    }

    boolean delete(long accountId, long personId, long id) {
        return jdbc.sql("DELETE FROM key_date WHERE account_id = :account AND person_id = :person AND id = :id")
                .param("account", accountId).param("person", personId).param("id", id).update() == 1;
    }

    /** A person's key dates, by month and day. */
    List<KeyDate> ofPerson(long accountId, long personId) {
        return jdbc.sql("""
                SELECT id, person_id, label, day, yearly FROM key_date
                WHERE account_id = :account AND person_id = :person
                ORDER BY month_day, day, id
                """)
                .param("account", accountId).param("person", personId).query((rs, n) -> keyDate(rs)).list();
    }

    /** Every key date of the account's living people, in the order they were added. */
    List<KeyDate> all(long accountId) {
        return jdbc.sql("""
                SELECT k.id, k.person_id, k.label, k.day, k.yearly FROM key_date k
                JOIN person p ON p.account_id = k.account_id AND p.id = k.person_id AND p.deleted_at IS NULL
                WHERE k.account_id = :account
                ORDER BY k.id
                """)
                .param("account", accountId).query((rs, n) -> keyDate(rs)).list();
    }

    /**
     * The ids of {@code from}'s key dates that {@code to} does not have already: none with the same
     * label (whatever its case) on the same date. Those stay with {@code from}.
     */
    List<Long> idsNotAlsoOf(long accountId, long from, long to) {
        return jdbc.sql("""
                SELECT k.id FROM key_date k
                WHERE k.account_id = :account AND k.person_id = :from
                  AND NOT EXISTS (SELECT 1 FROM key_date t WHERE t.account_id = k.account_id AND t.person_id = :to
                                  AND t.day = k.day AND lower(t.label) = lower(k.label))
                ORDER BY k.id
                """)
                .param("account", accountId).param("from", from).param("to", to).query(Long.class).list();
    }

    /** Moves these key dates from one person to another; one that no longer names {@code from} stays. */
    void reassign(long accountId, Collection<Long> ids, long from, long to) {
        for (List<Long> chunk : Batches.of(ids)) {
            jdbc.sql("UPDATE key_date SET person_id = :to WHERE account_id = :account AND id IN (:ids) AND person_id = :from")
                    .param("to", to).param("account", accountId).param("ids", chunk).param("from", from).update();
        }
    }

    /**
     * The key dates on a day: a date once on that very day, a yearly one on its month and day
     * ({@code monthDays}) from its first year on; people deleted are left out.
     */
    List<OnDay> on(long accountId, int day, List<String> monthDays) {
        return jdbc.sql("""
                SELECT k.id, k.person_id, k.label, k.day, k.yearly, %s
                FROM key_date k
                JOIN person p ON p.account_id = k.account_id AND p.id = k.person_id AND p.deleted_at IS NULL
                WHERE k.account_id = :account
                  AND ((k.yearly = 0 AND k.day = :day) OR (k.yearly = 1 AND k.month_day IN (:monthDays) AND k.day <= :day))
                ORDER BY k.person_id, k.day, k.id
                """.formatted(PersonMarks.COLUMNS))
                .param("account", accountId).param("day", day).param("monthDays", monthDays)
                .query((rs, n) -> new OnDay(keyDate(rs), PersonMarks.of(rs))).list();
    }

    private static KeyDate keyDate(ResultSet rs) throws SQLException {
        return new KeyDate(rs.getLong("id"), rs.getLong("person_id"), rs.getString("label"),
                LocalDate.ofEpochDay(rs.getLong("day")), rs.getInt("yearly") == 1);
    }
}
