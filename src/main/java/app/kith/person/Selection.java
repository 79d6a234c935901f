package app.kith.person;

import java.util.List;

/** Whom a change made in bulk is for: these people, or everyone a People-list filter matches. */
public sealed interface Selection {

    record Ids(List<Long> ids) implements Selection {
        public Ids {
            ids = ids == null ? List.of() : List.copyOf(ids);
        }
    }

    /** Everyone the query matches, whatever its page. */
    record Matching(PeopleQuery query) implements Selection {
    }
}
