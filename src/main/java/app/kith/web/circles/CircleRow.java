package app.kith.web.circles;

import app.kith.person.Rhythms;
import app.kith.circle.Circle;
import app.kith.circle.InRhythm;

/**
 * A circle in words: its rhythm, how many people, and how many of those with a rhythm are in
 * rhythm ("9 of 12"), with the People list of its members one link away.
 */
public record CircleRow(long id, String name, String rhythm, boolean hasRhythm, String people, String peopleUrl,
                        String inRhythm) {

    static CircleRow of(Circle c, InRhythm r) {
        int tracked = r == null ? 0 : r.tracked();
        int kept = r == null ? 0 : r.inRhythm();
        String inRhythm = c.members() == 0 ? "—"
                : tracked == 0 ? "nobody has a rhythm"
                : kept + " of " + tracked + (tracked == c.members() ? "" : " with a rhythm");
        return new CircleRow(c.id(), c.name(), Rhythms.inWords(c.rhythmDays()), c.rhythmDays() != null,
                c.members() == 0 ? "nobody yet" : c.members() == 1 ? "1 person" : c.members() + " people",
                "/people?circle=" + c.id(), inRhythm);
    }
}
