package app.kith.person;

import app.kith.search.WhoResult;
import java.util.List;
import java.util.Map;

/**
 * One page of a {@link PeopleQuery}: the people on it, in order, how many match in all, and when
 * the query had text, why each on the page matched it (field by field, with the words; none for
 * someone found by an email).
 */
public record FoundPeople(List<Person> people, int total, Map<Long, List<WhoResult.Match>> why) {

    public FoundPeople(List<Person> people, int total) {
        this(people, total, Map.of());
    }
}
