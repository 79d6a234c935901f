package app.kith.web.dupes;

import app.kith.Counts;
import app.kith.dupes.MergePreview;
import app.kith.person.PersonDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The step before a merge, saying what it will do: who is kept, what the other adds to them
 * (emails, phones, fields they lacked), what moves over (touchpoints, asks, introductions, reminders, key dates), and
 * that the other is then deleted, with an undo for 30 days.
 */
public record MergeConfirmView(String slot, PairView.Side keep, PairView.Side other, String adds, String moves) {

    /** The query that names the pair, as it stood before this step. */
    public String query() {
        return "keep=" + keep.id() + "&other=" + other.id();
    }

    static MergeConfirmView of(MergePreview p, PairView.Side keep, PairView.Side other) {
        return new MergeConfirmView(PairView.slot(keep.id(), other.id()), keep, other, adds(p.keep().toDraft(), p.merged()),
                Counts.of().add(p.touchpoints(), "touchpoint", "touchpoints").add(p.asks(), "ask", "asks")
                        .add(p.introductions(), "introduction", "introductions")
                        .add(p.reminders(), "reminder", "reminders").add(p.keyDates(), "key date", "key dates").or(null));
    }

    /** "1 email, 2 topics, the company": what the kept person gets that they did not have; null for nothing. */
    private static String adds(PersonDraft before, PersonDraft after) {
        Counts lists = Counts.of()
                .add(after.emails().size() - before.emails().size(), "email", "emails")
                .add(after.phones().size() - before.phones().size(), "phone", "phones")
                .add(after.topics().size() - before.topics().size(), "topic", "topics")
                .add(after.circles().size() - before.circles().size(), "circle", "circles")
                .add(after.lookingFor().size() - before.lookingFor().size(), "need", "needs");
        List<String> parts = new ArrayList<>();
        if (!lists.isEmpty()) {
            parts.add(lists.toString());
        }
        filled(parts, "the company", before.company(), after.company());
        filled(parts, "the role", before.role(), after.role());
        filled(parts, "the location", before.location(), after.location());
        filled(parts, "the LinkedIn profile", before.linkedinUrl(), after.linkedinUrl());
        filled(parts, "the birthday", before.birthday(), after.birthday());
        filled(parts, "how you met", before.howWeMet(), after.howWeMet());
        filled(parts, "why they matter", before.why(), after.why());
        filled(parts, "their notes", before.notes(), after.notes());
        filled(parts, "their own rhythm", before.rhythmDays(), after.rhythmDays());
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static void filled(List<String> parts, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(what);
        }
    }
}
