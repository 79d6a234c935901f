package app.kith.io;

import app.kith.person.FieldChange;
import app.kith.person.PersonDraft;
import app.kith.person.ProfileChanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/** What a file changes about someone already here: in words for the preview, and as fields for their timeline. */
final class ImportChanges {

    private ImportChanges() {
    }

    /** "role Engineer → Staff Engineer", "company Acme → Stripe", "adds email ada@example.com", "joins Family". */
    static List<String> words(PersonDraft now, PersonDraft after) {
        List<String> words = new ArrayList<>();
        for (FieldChange c : fields(now, after)) {
            words.add(c.before() == null ? "adds " + c.field() + " " + c.after()
                    : c.field() + " " + c.before() + " → " + c.after());
        }
        added(words, "email", "emails", now.emails(), after.emails());
        added(words, "phone", "phones", now.phones(), after.phones());
        single(words, "birthday", now, after, PersonDraft::birthday);
        if (now.linkedinUrl() == null && after.linkedinUrl() != null) {
            words.add("adds LinkedIn profile " + after.linkedinUrl());
        }
        if (now.howWeMet() == null && after.howWeMet() != null) {
            words.add("adds how you met");
        }
        added(words, "topic", "topics", now.topics(), after.topics());
        if (!Objects.equals(now.notes(), after.notes())) {
            words.add(now.notes() == null ? "adds notes" : "adds to the notes");
        }
        List<String> circles = fresh(now.circles(), after.circles());
        if (!circles.isEmpty()) {
            words.add("joins " + String.join(", ", circles));
        }
        added(words, "need", "needs", now.lookingFor(), after.lookingFor());
        return words;
    }

    /** The role, company and town that change, as {@link ProfileChanges} keeps them; unchanged ones left out. */
    static List<FieldChange> fields(PersonDraft now, PersonDraft after) {
        List<FieldChange> fields = new ArrayList<>();
        for (String field : ProfileChanges.FIELDS) {
            Function<PersonDraft, String> value = switch (field) {
                case "role" -> PersonDraft::role;
                case "company" -> PersonDraft::company;
                default -> PersonDraft::location;
            };
            FieldChange c = new FieldChange(field, value.apply(now), value.apply(after));
            if (c.changes()) {
                fields.add(c);
            }
        }
        return fields;
    }

    /** Every role, company and town as it was and will be, for the record: the one that stays is context. */
    static List<FieldChange> all(PersonDraft now, PersonDraft after) {
        return List.of(new FieldChange("role", now.role(), after.role()),
                new FieldChange("company", now.company(), after.company()),
                new FieldChange("location", now.location(), after.location()));
    }

    private static void single(List<String> words, String label, PersonDraft now, PersonDraft after,
                               Function<PersonDraft, String> value) {
        if (value.apply(now) == null && value.apply(after) != null) {
            words.add("adds " + label + " " + value.apply(after));
        }
    }

    private static void added(List<String> words, String one, String many, List<String> now, List<String> after) {
        List<String> fresh = fresh(now, after);
        if (!fresh.isEmpty()) {
            words.add("adds " + (fresh.size() == 1 ? one : many) + " " + String.join(", ", fresh));
        }
    }

    private static List<String> fresh(List<String> now, List<String> after) {
        List<String> known = now.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        return after.stream().filter(s -> !known.contains(s.strip().toLowerCase(Locale.ROOT))).toList();
    }
}
