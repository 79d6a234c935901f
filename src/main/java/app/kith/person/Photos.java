package app.kith.person;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People's photos, kept from imported contacts (a vCard's PHOTO): one small JPEG or PNG a person
 * (see {@link Photo}), in the store with them, gone when they are purged. Only a living person of
 * the account has one to show.
 */
public class Photos {

    private final PhotoRepository photos;
    private final Clock clock;

    public Photos(JdbcClient jdbc, Clock clock) {
        this.photos = new PhotoRepository(jdbc);
        this.clock = clock;
    }

    public Optional<Photo> of(long accountId, long personId) {
        return photos.find(accountId, personId);
    }

    /** The photos of these people, by id; those without one are absent. */
    public Map<Long, Photo> of(long accountId, Collection<Long> personIds) {
        return personIds.isEmpty() ? Map.of() : photos.findAll(accountId, personIds);
    }

    /** Which of these people have a photo (a list of avatars asks once). */
    public Set<Long> having(long accountId, Collection<Long> personIds) {
        return personIds.isEmpty() ? Set.of() : photos.having(accountId, personIds);
    }

    /** Sets a person's photo, replacing theirs; the caller holds the transaction and knows the person is the account's. */
    public void put(long accountId, long personId, Photo photo) {
        photos.put(accountId, personId, photo, false, clock.millis());
    }

    /** Sets a photo for someone who has none; returns whether it was set. */
    public boolean putIfNone(long accountId, long personId, Photo photo) {
        return photos.put(accountId, personId, photo, true, clock.millis());
    }

    public void delete(long accountId, Collection<Long> personIds) {
        photos.delete(accountId, personIds);
    }
}
