package app.kith.web.settings;

import java.util.List;
import java.util.Map;

/**
 * Settings' calendars section: the calendars read for touchpoints, each with its last fetch, what
 * it added and its last error; what was just done ({@code notice}); and the add form with the
 * refused fields and what was typed (never the password).
 */
public record CalendarsSection(List<Row> calendars, String notice, Map<String, String> errors, String url,
                               String user) {

    /** A calendar as listed: "CalDAV · dav.example.com · ada", "Fetched 5 Mar, 10:02 · added 3 (12 in all)". */
    public record Row(long id, String what, String fetched, String lastError) {
    }
}
