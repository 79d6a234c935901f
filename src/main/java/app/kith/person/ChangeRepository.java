package app.kith.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code person_change} rows: what a file changed about someone, one field a row. */
class ChangeRepository {

    /** One stored row. */
    record Row(long id, long personId, String name, LocalDate on, String field, String before, String after,
               String source) {
    }

    private static final String SELECT = """
            SELECT c.id, c.person_id, p.name, c.changed_day, c.field, c.old_value, c.new_value, c.source
            FROM person_change c
            JOIN person p ON p.account_id = c.account_id AND p.id = c.person_id AND p.deleted_at IS NULL
            """;

    private final JdbcClient jdbc;

    ChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> insert(long accountId, long personId, LocalDate on, String source, List<FieldChange> changes) {
        List<Long> ids = new ArrayList<>();
        for (FieldChange c : changes) {
            ids.add(jdbc.sql("""
                    INSERT INTO person_change (account_id, person_id, changed_day, field, old_value, new_value, source)
                    VALUES (:account, :person, :day, :field, :before, :after, :source)
                    RETURNING id
                    """)
                    .param("account", accountId).param("person", personId).param("day", (int) on.toEpochDay())
                    .param("field", c.field()).param("before", c.before()).param("after", c.after())
                    .param("source", source)
                    .query(Long.class).single());
        }
        return ids;
    }

    List<Row> ofPerson(long accountId, long personId) {
        return jdbc.sql(SELECT + " WHERE c.account_id = :account AND c.person_id = :person ORDER BY c.changed_day DESC, c.id")
                .param("account", accountId).param("person", personId).query(ChangeRepository::map).list();
    }

    List<Row> jobsSince(long accountId, LocalDate from) {
        return jdbc.sql(SELECT + """
                 WHERE c.account_id = :account AND c.changed_day >= :day AND c.field IN ('role', 'company')
                 ORDER BY c.changed_day, c.person_id, c.id
                """).param("account", accountId).param("day", (int) from.toEpochDay())
                .query(ChangeRepository::map).list();
    }

    List<Row> all(long accountId) {
        return jdbc.sql(SELECT + " WHERE c.account_id = :account ORDER BY c.changed_day, c.id")
                .param("account", accountId).query(ChangeRepository::map).list();
    }

    void delete(long accountId, Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("DELETE FROM person_change WHERE account_id = :account AND id IN (:ids)")
                    .param("account", accountId).param("ids", ids).update();
        }
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), LocalDate.ofEpochDay(rs.getInt(4)), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
