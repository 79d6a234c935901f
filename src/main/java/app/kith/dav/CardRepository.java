package app.kith.dav;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The address book's revisions (kept by the triggers of migration V32) and the names phones gave their cards. */
class CardRepository {

    private final JdbcClient jdbc;

    CardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long revision(long accountId) {
        return jdbc.sql("SELECT revision FROM dav_revision WHERE account_id = :account")
                .param("account", accountId).query(Long.class).optional().orElse(0L);
    }

    List<Long> changedSince(long accountId, long revision) {
        return jdbc.sql("SELECT person_id FROM dav_change WHERE account_id = :account AND revision > :revision")
                .param("account", accountId).param("revision", revision).query(Long.class).list();
    }

    record Named(long personId, String name, String uid) {
    }

    /** Every card a phone named, by person. */
    Map<Long, Named> named(long accountId) {
        Map<Long, Named> byPerson = new HashMap<>();
        jdbc.sql("SELECT person_id, name, uid FROM dav_card WHERE account_id = :account")
                .param("account", accountId)
                .query((rs, n) -> new Named(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list().forEach(c -> byPerson.put(c.personId(), c));
        return byPerson;
    }

    Map<Long, Named> named(long accountId, Collection<Long> personIds) {
        Map<Long, Named> byPerson = new HashMap<>();
        if (personIds.isEmpty()) {
            return byPerson;
        }
        jdbc.sql("SELECT person_id, name, uid FROM dav_card WHERE account_id = :account AND person_id IN (:ids)")
                .param("account", accountId).param("ids", personIds)
                .query((rs, n) -> new Named(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list().forEach(c -> byPerson.put(c.personId(), c));
        return byPerson;
    }

    /** Gives a person a phone's name and UID, taking the name from whoever deleted had it before. */
    void rename(long accountId, long personId, String name, String uid) {
        jdbc.sql("DELETE FROM dav_card WHERE account_id = :account AND name = :name")
                .param("account", accountId).param("name", name).update();
        jdbc.sql("INSERT INTO dav_card (account_id, person_id, name, uid) VALUES (:account, :person, :name, :uid)")
                .param("account", accountId).param("person", personId).param("name", name).param("uid", uid)
                .update();
    }
}
