package app.kith.web.dupes;

import app.kith.Counts;
import app.kith.dupes.Duplicate;
import app.kith.person.Person;
import app.kith.web.Dates;
import app.kith.web.Avatar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A likely pair as the duplicates page shows it: who is kept and who is merged in, each with what
 * tells them apart (when added, how much history, where they work, an email), and why Kith thinks
 * they are one. {@code slot} is the id of the pair's place on the page, the same whichever is kept.
 */
public record PairView(String slot, Side keep, Side other, String reasons) {

    /** One of the two: "added Mar 2021 · 14 touchpoints · Engines · ada@example.com". */
    public record Side(long id, String name, String facts, Avatar avatar) {

        static Side of(Person p, int touchpoints, Set<Long> photos) {
            List<String> facts = new ArrayList<>();
            facts.add("added " + Dates.month(p.startedOn()));
            facts.add(touchpoints == 0 ? "no touchpoints" : Counts.noun(touchpoints, "touchpoint", "touchpoints"));
            if (p.company() != null) {
                facts.add(p.company());
            }
            if (!p.emails().isEmpty()) {
                facts.add(p.emails().get(0));
            }
            return new Side(p.id(), p.name(), String.join(" · ", facts), Avatar.of(p.id(), p.name(), photos.contains(p.id())));
        }
    }

    /** The query that names this pair with this one kept. */
    public String query() {
        return "keep=" + keep.id() + "&other=" + other.id();
    }

    /** The same with the other one kept. */
    public String swappedQuery() {
        return "keep=" + other.id() + "&other=" + keep.id();
    }

    static PairView of(Duplicate d, Set<Long> photos) {
        return new PairView(slot(d.a().id(), d.b().id()), Side.of(d.a(), d.touchpointsA(), photos),
                Side.of(d.b(), d.touchpointsB(), photos), capitalised(String.join("; ", d.reasons())));
    }

    static String slot(long x, long y) {
        return "pair-" + Math.min(x, y) + "-" + Math.max(x, y);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
