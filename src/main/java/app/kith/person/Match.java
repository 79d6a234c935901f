package app.kith.person;

import java.util.List;

/** What a typed person reference (an id or a name) points at. */
public sealed interface Match {

    record One(Person person) implements Match {
    }

    record Many(List<Person> people) implements Match {
    }

    record None(String query) implements Match {
    }
}
