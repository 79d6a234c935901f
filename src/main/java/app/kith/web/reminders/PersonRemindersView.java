package app.kith.web.reminders;

import java.util.List;
import java.util.Map;

/**
 * The reminders and key dates section of a person's page: the reminders not dealt with yet and
 * the key dates, each with its delete, and the two forms (as typed, with a refusal next to its
 * field: {@code errors} keyed {@code remind-on}, {@code remind-text}, {@code date-label}, {@code date-on}).
 */
public record PersonRemindersView(long personId, String firstName, List<Row> reminders, List<Row> dates,
                                  String remindOn, String remindText, String dateLabel, String dateOn, boolean once,
                                  String today, Map<String, String> errors, String notice) {

    /** A reminder ("24 Dec · send the article") or a key date ("1 Apr · work anniversary · yearly since 2021"). */
    public record Row(long id, String when, String text, String detail, boolean due) {
    }
}
