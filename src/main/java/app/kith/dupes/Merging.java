package app.kith.dupes;

import app.kith.person.Identities;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * What two people become when merged, losing nothing: every list of both, the kept person's
 * values first; each single field the kept person's unless empty; both notes, one after the other.
 */
final class Merging {

    private Merging() {
    }

    static PersonDraft draft(Person keep, Person other) {
        return new PersonDraft(keep.name(),
                union(keep.emails(), other.emails(), Merging::lower),
                union(keep.phones(), other.phones(), p -> Identities.phoneKey(p) == null ? lower(p) : Identities.phoneKey(p)),
                or(keep.company(), other.company()), or(keep.role(), other.role()),
                or(keep.location(), other.location()), or(keep.linkedinUrl(), other.linkedinUrl()),
                or(keep.birthday(), other.birthday()), or(keep.howWeMet(), other.howWeMet()),
                union(keep.topics(), other.topics(), Merging::lower),
                keep.why() != null ? keep.why().key() : other.why() == null ? null : other.why().key(),
                notes(keep.notes(), other.notes()),
                keep.ownRhythmDays() != null ? keep.ownRhythmDays() : other.ownRhythmDays(),
                union(names(keep), names(other), Merging::lower),
                keep.startedOn(),
                union(keep.lookingFor(), other.lookingFor(), Merging::lower));
    }

    private static List<String> names(Person p) {
        return p.circles().stream().map(Person.CircleRef::name).toList();
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** Keep's items, then other's not already there (by {@code key}). */
    private static List<String> union(List<String> keep, List<String> other, Function<String, String> key) {
        List<String> result = new ArrayList<>(keep);
        Set<String> seen = new HashSet<>();
        keep.forEach(s -> seen.add(key.apply(s)));
        for (String s : other) {
            if (seen.add(key.apply(s))) {
                result.add(s);
            }
        }
        return result;
    }

    private static String or(String keep, String other) {
        return keep == null || keep.isBlank() ? other : keep;
    }

    private static String notes(String keep, String other) {
        if (keep == null || keep.isBlank()) {
            return other;
        }
        if (other == null || other.isBlank() || other.strip().equals(keep.strip())) {
            return keep;
        }
        return keep.stripTrailing() + "\n\n" + other.strip();
    }
}
