package app.kith.person;

import app.kith.Batches;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code person_photo} table: one photo a person, scoped by account, gone with the person. */
class PhotoRepository {

    private final JdbcClient jdbc;

    PhotoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The photo of a living person of the account. */
    Optional<Photo> find(long accountId, long personId) {
        return jdbc.sql("""
                SELECT f.media_type, f.bytes FROM person_photo f
                JOIN person p ON p.account_id = f.account_id AND p.id = f.person_id AND p.deleted_at IS NULL
                WHERE f.account_id = :account AND f.person_id = :person
                """)
                .param("account", accountId).param("person", personId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2))).optional();
    }

    Map<Long, Photo> findAll(long accountId, Collection<Long> personIds) {
        Map<Long, Photo> found = new HashMap<>();
        for (List<Long> chunk : Batches.of(personIds)) {
            jdbc.sql("SELECT person_id, media_type, bytes FROM person_photo WHERE account_id = :account AND person_id IN (:ids)")
                    .param("account", accountId).param("ids", chunk)
                    .query(rs -> {
                        found.put(rs.getLong(1), new Photo(rs.getString(2), rs.getBytes(3)));
                    });
        }
        return found;
    }

    Set<Long> having(long accountId, Collection<Long> personIds) {
        Set<Long> found = new HashSet<>();
        for (List<Long> chunk : Batches.of(personIds)) {
            found.addAll(jdbc.sql("SELECT person_id FROM person_photo WHERE account_id = :account AND person_id IN (:ids)")
                    .param("account", accountId).param("ids", chunk).query(Long.class).list());
        }
        return found;
    }

    /** Sets the photo; {@code onlyIfNone}: keeps one already there. Returns whether it was written. */
    boolean put(long accountId, long personId, Photo photo, boolean onlyIfNone, long now) {
        return jdbc.sql("""
                INSERT INTO person_photo (account_id, person_id, media_type, bytes, updated_at)
                VALUES (:account, :person, :type, :bytes, :now)
                ON CONFLICT (account_id, person_id) DO
                """ + (onlyIfNone ? " NOTHING" : " UPDATE SET media_type = excluded.media_type, bytes = excluded.bytes,"
                        + " updated_at = excluded.updated_at"))
                .param("account", accountId).param("person", personId).param("type", photo.mediaType())
                .param("bytes", photo.bytes()).param("now", now).update() > 0;
    }

    void delete(long accountId, Collection<Long> personIds) {
        for (List<Long> chunk : Batches.of(personIds)) {
            jdbc.sql("DELETE FROM person_photo WHERE account_id = :account AND person_id IN (:ids)")
                    .param("account", accountId).param("ids", chunk).update();
        }
    }
}
