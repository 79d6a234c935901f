package app.kith.person;

import java.util.List;

/** One page of a {@link PeopleQuery}: the people on it, in order, and how many match in all. */
public record FoundPeople(List<Person> people, int total) {
}
