package app.kith.agenda;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** iCalendar text for tests that run on the real clock: meetings some days from today. */
public final class DaysFromToday {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private DaysFromToday() {
    }

    /** A calendar of one-hour meetings at noon UTC, each {@code days} from today with one attendee. */
    public static String calendar(Meeting... meetings) {
        StringBuilder s = new StringBuilder("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Kith tests//EN\n");
        for (Meeting m : meetings) {
            var start = LocalDate.now(ZoneOffset.UTC).plusDays(m.days()).atTime(12, 0).atOffset(ZoneOffset.UTC);
            s.append("BEGIN:VEVENT\nUID:").append(m.uid()).append("\nDTSTAMP:20260101T000000Z\nDTSTART:")
                    .append(UTC.format(start)).append("\nDTEND:").append(UTC.format(start.plusHours(1)))
                    .append("\nSUMMARY:").append(m.summary()).append("\nATTENDEE:mailto:").append(m.attendee())
                    .append("\nEND:VEVENT\n");
        }
        return s.append("END:VCALENDAR\n").toString();
    }

    public record Meeting(String uid, int days, String summary, String attendee) {
    }
}
