package app.kith.search;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.NonNull;

/** A search result as the API and the CLI's JSON show it: who, why they matched, when you last spoke. */
public record WhoAnswer(PersonRef person, List<WhoResult.Match> why, LocalDate lastTouchOn) {

    public record PersonRef(long id, @NonNull String name) {
    }

    public static WhoAnswer of(WhoResult r) {
        return new WhoAnswer(new PersonRef(r.personId(), r.name()), r.why(), r.lastTouchOn());
    }
}
