package app.kith.message;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL of the user's own message starters; every query is scoped by the account. */
class TemplateRepository {

    private final JdbcClient jdbc;

    TemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, MessageKind kind, String name, String body, long now) {
        return jdbc.sql("""
                INSERT INTO message_template (account_id, kind, name, body, created_at)
                VALUES (:account, :kind, :name, :body, :now)
                RETURNING id
                """)
                .param("account", accountId).param("kind", kind.key()).param("name", name).param("body", body)
                .param("now", now)
                .query(Long.class).single();
    }

    /** The account's own templates, oldest first. */
    List<Template> all(long accountId) {
        return jdbc.sql("""
                SELECT id, kind, name, body FROM message_template WHERE account_id = :account ORDER BY created_at, id
                """)
                .param("account", accountId).query((rs, n) -> own(rs.getLong("id"), rs.getString("kind"),
                        rs.getString("name"), rs.getString("body")))
                .list();
    }

    Optional<Template> find(long accountId, long id) {
        return jdbc.sql("SELECT id, kind, name, body FROM message_template WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", id)
                .query((rs, n) -> own(rs.getLong("id"), rs.getString("kind"), rs.getString("name"), rs.getString("body")))
                .optional();
    }

    int count(long accountId) {
        return jdbc.sql("SELECT count(*) FROM message_template WHERE account_id = :account").param("account", accountId)
                .query(Integer.class).single();
    }

    boolean update(long accountId, long id, MessageKind kind, String name, String body) {
        return jdbc.sql("""
                UPDATE message_template SET kind = :kind, name = :name, body = :body
                WHERE account_id = :account AND id = :id
                """)
                .param("account", accountId).param("id", id).param("kind", kind.key()).param("name", name)
                .param("body", body).update() == 1;
    }

    boolean delete(long accountId, long id) {
        return jdbc.sql("DELETE FROM message_template WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", id).update() == 1;
    }

    private static Template own(long id, String kind, String name, String body) {
        return new Template(Messages.OWN + id, id, MessageKind.parse("kind", kind), name, body, false);
    }
}
