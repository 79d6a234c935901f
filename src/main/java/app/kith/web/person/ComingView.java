package app.kith.web.person;

import app.kith.agenda.NextMeeting;
import app.kith.web.Dates;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's coming meetings from the calendar, a line each: "Next: coffee on Tuesday", then
 * "Then: a meeting on Thursday 26 March". Empty when there is none (the page says nothing).
 */
public record ComingView(List<Line> lines) {

    public record Line(String lead, String what, String when, String iso) {
    }

    static ComingView of(List<NextMeeting> meetings, LocalDate today) {
        List<Line> lines = new ArrayList<>();
        for (NextMeeting m : meetings) {
            lines.add(new Line(lines.isEmpty() ? "Next:" : "Then:", m.inWords(), when(m.day(), today),
                    m.day().toString()));
        }
        return new ComingView(lines);
    }

    /** "today", "tomorrow", "on Tuesday" within the week, else "on Thursday 26 March". */
    static String when(LocalDate day, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, day);
        if (days <= 0) {
            return "today";
        }
        if (days == 1) {
            return "tomorrow";
        }
        return "on " + (days < 7 ? day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH) : Dates.weekday(day));
    }
}
