package app.kith.web;

import app.kith.person.Photos;
import app.kith.web.Avatar;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The avatars of the people a page shows (see {@link Avatar} and {@code avatar.jte}), asking the
 * store once a page which of them have a photo.
 */
@Component
public class Avatars {

    /** Someone to draw: their id and name. */
    public record Who(long id, String name) {
    }

    private final Photos photos;

    Avatars(Photos photos) {
        this.photos = photos;
    }

    public Avatar of(long accountId, long personId, String name) {
        return Avatar.of(personId, name, !photos.having(accountId, List.of(personId)).isEmpty());
    }

    /** Each person's avatar by their id. */
    public Map<Long, Avatar> of(long accountId, Collection<Who> people) {
        Set<Long> withPhoto = photos.having(accountId, people.stream().map(Who::id).distinct().toList());
        return people.stream().distinct().collect(Collectors.toMap(Who::id,
                w -> Avatar.of(w.id(), w.name(), withPhoto.contains(w.id())), (x, y) -> x));
    }

    public static <T> List<Who> who(Collection<T> items, Function<T, Long> id, Function<T, String> name) {
        return items.stream().map(i -> new Who(id.apply(i), name.apply(i))).toList();
    }
}
