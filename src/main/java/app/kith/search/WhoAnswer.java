package app.kith.search;

import java.time.LocalDate;
import java.util.List;

/** A search result as the API and the CLI's JSON show it: who, why they matched, when you last spoke. */
public record WhoAnswer(Named person, List<WhoResult.Match> why, LocalDate lastTouchOn) {

    public record Named(long id, String name) {
    }

    public static WhoAnswer of(WhoResult r) {
        return new WhoAnswer(new Named(r.personId(), r.name()), r.why(), r.lastTouchOn());
    }
}
