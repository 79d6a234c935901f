package app.kith.web.who;

import app.kith.person.Why;
import app.kith.web.Avatar;
import app.kith.web.Marked;
import java.util.List;

/**
 * A person found: who they are (avatar, name with a typo's match marked, why they matter, their
 * circles, their work), why they matched (a field each, the words found marked), when you last
 * spoke ({@code lastSpokeIso} null if never), and what can be done from here: ask them, or
 * introduce them to someone looking for it.
 */
public record WhoRow(long personId, Avatar avatar, Marked name, Why why, List<String> circles, String work,
                     List<Marked> reasons, String lastSpoke, String lastSpokeIso, AskSlot ask, List<IntroSlot> intros) {
}
