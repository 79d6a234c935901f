package app.kith.io;

import app.kith.Invalid;
import app.kith.person.PersonDraft;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One person from two accounts of them, losing nothing: every email, phone, topic and circle of
 * both (the first's first), and for a single field the first's value unless it has none.
 */
final class Merge {

    private Merge() {
    }

    static PersonDraft into(PersonDraft a, PersonDraft b) {
        return new PersonDraft(a.name(), union(a.emails(), b.emails()), union(a.phones(), b.phones(), p -> p.replaceAll("[^0-9+]", "")),
                or(a.company(), b.company()), or(a.role(), b.role()), or(a.location(), b.location()),
                or(a.linkedinUrl(), b.linkedinUrl()), or(a.birthday(), b.birthday()), or(a.howWeMet(), b.howWeMet()),
                union(a.topics(), b.topics()), or(a.why(), b.why()), or(a.notes(), b.notes()),
                a.rhythmDays() != null ? a.rhythmDays() : b.rhythmDays(), union(a.circles(), b.circles()),
                a.startedOn() != null ? a.startedOn() : b.startedOn(), union(a.lookingFor(), b.lookingFor()));
    }

    /**
     * Someone already here ({@code now}) with what a file says of them: like {@link #into}, except
     * that their role, company and town are the file's when it gives them, since a newer export
     * knows better where someone works now than what Kith was told before.
     */
    static PersonDraft update(PersonDraft now, PersonDraft file) {
        PersonDraft merged = into(now, file);
        return new PersonDraft(merged.name(), merged.emails(), merged.phones(), newer(now.company(), file.company()),
                newer(now.role(), file.role()), newer(now.location(), file.location()), merged.linkedinUrl(),
                merged.birthday(), merged.howWeMet(), merged.topics(), merged.why(), merged.notes(), merged.rhythmDays(),
                merged.circles(), merged.startedOn(), merged.lookingFor());
    }

    /** The file's value when it has one that is not what Kith has (ignoring case and spacing); else Kith's. */
    private static String newer(String kept, String given) {
        if (given == null || given.isBlank() || kept != null && key(kept).equals(key(given))) {
            return kept != null && !kept.isBlank() ? kept : given;
        }
        return given;
    }

    /** Whether merging changed anything a user would see (lists compared as sets, ignoring case). */
    static boolean same(PersonDraft a, PersonDraft b) {
        return a.emails().size() == b.emails().size() && a.phones().size() == b.phones().size()
                && Objects.equals(a.company(), b.company()) && Objects.equals(a.role(), b.role())
                && Objects.equals(a.location(), b.location()) && Objects.equals(a.linkedinUrl(), b.linkedinUrl())
                && Objects.equals(a.birthday(), b.birthday()) && Objects.equals(a.howWeMet(), b.howWeMet())
                && a.topics().size() == b.topics().size() && Objects.equals(a.notes(), b.notes())
                && a.circles().size() == b.circles().size() && a.lookingFor().size() == b.lookingFor().size();
    }

    /** Both lists, without the second's items the first already has (ignoring case and spacing). */
    static List<String> union(List<String> a, List<String> b) {
        return union(a, b, Merge::key);
    }

    /** The same, telling items apart by {@code key} (phones by their digits). */
    static List<String> union(List<String> a, List<String> b, Function<String, String> key) {
        List<String> result = new ArrayList<>(a);
        Set<String> keys = new HashSet<>(a.stream().map(key).toList());
        for (String item : b) {
            if (item != null && !item.isBlank() && keys.add(key.apply(item))) {
                result.add(item);
            }
        }
        return result;
    }

    /** A refused field in the report's words: "Email: … is not an email address". */
    static String field(Invalid e) {
        String m = e.getMessage();
        return m.isEmpty() ? m : m.substring(0, 1).toUpperCase(Locale.ROOT) + m.substring(1);
    }

    private static String or(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String key(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
