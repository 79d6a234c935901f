package app.kith.web.today;

import app.kith.ask.Ask;
import app.kith.ask.AskEvent;
import app.kith.intro.Introduction;
import app.kith.person.Marks;
import app.kith.person.MarksChange;
import app.kith.touchpoint.Touchpoint;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Undo beside an item just acted on in Today: where it posts ({@link TodayUndo}) and the
 * hidden fields that say what to take back, as the action returned it. Each undo checks that
 * what it takes back still stands, so a stale or altered form changes nothing.
 */
public record UndoOffer(String action, Map<String, String> fields) {

    /** Done: the touchpoint it logged. */
    static UndoOffer done(long personId, LocalDate day, Touchpoint logged) {
        return new UndoOffer("/today/" + personId + "/undo-done", fields(day, "touchpoint", String.valueOf(logged.id())));
    }

    /** Skip or snooze: the person's marks before and after it. */
    static UndoOffer marks(String what, LocalDate day, MarksChange change) {
        Map<String, String> fields = fields(day);
        put(fields, "was", change.before());
        put(fields, "now", change.after());
        return new UndoOffer("/today/" + change.personId() + "/undo-" + what, fields);
    }

    /** An ask recorded from a person's item: the ask, which goes with the touchpoint it logged. */
    static UndoOffer asked(long personId, LocalDate day, long askId) {
        return new UndoOffer("/today/" + personId + "/undo-ask", fields(day, "ask", String.valueOf(askId)));
    }

    /** A follow-up, a reply or an answer: the step it added to the ask (its latest). */
    static UndoOffer ask(LocalDate day, Ask ask) {
        long step = ask.events().stream().mapToLong(AskEvent::id).max().orElseThrow();
        return new UndoOffer("/today/asks/" + ask.id() + "/undo", fields(day, "step", String.valueOf(step)));
    }

    /** An introduction step: how many steps the introduction has with it, and the side it was about. */
    static UndoOffer intro(LocalDate day, Introduction intro, Long personId) {
        Map<String, String> fields = fields(day, "steps", String.valueOf(intro.steps().size()));
        if (personId != null) {
            fields.put("personId", personId.toString());
        }
        return new UndoOffer("/today/intros/" + intro.id() + "/undo", fields);
    }

    /** The id of a row's element on Today, which the acted item keeps so that it stays in place. */
    public static String itemId(TodayRow row) {
        return row.ask() != null ? "item-ask-" + row.ask().id()
                : row.introduction() != null ? "item-intro-" + row.introduction().id() + "-" + row.personId()
                : "item-" + row.personId();
    }

    /** The classes of a row's element once acted on, as Today's item templates give them. */
    public static String itemClass(TodayRow row) {
        return row.ask() != null ? "item ask done" : row.introduction() != null ? "item intro done" : "item done";
    }

    /** The word beside the name of an acted row: what kind of item it is, or why it was on the list. */
    public static String tag(TodayRow row) {
        return row.ask() != null ? "ask" : row.introduction() != null ? "introduction" : row.tag();
    }

    private static Map<String, String> fields(LocalDate day, String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("date", day.toString());
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private static void put(Map<String, String> fields, String prefix, Marks marks) {
        fields.put(prefix + "Skipped", text(marks.skippedOn()));
        fields.put(prefix + "SnoozedOn", text(marks.snoozedOn()));
        fields.put(prefix + "SnoozedUntil", text(marks.snoozedUntil()));
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
