package app.kith.web.people;

import app.kith.person.Why;
import java.util.List;

/**
 * The matches of a typed name for the list {@code listId} (the options' ids are made from it), or
 * why there are none ({@code none}; null when nothing was typed).
 */
public record LookupView(String listId, List<Match> matches, String none) {

    /** One person among the matches: enough to tell namesakes apart. */
    public record Match(long id, String name, String work, Why why) {
    }
}
