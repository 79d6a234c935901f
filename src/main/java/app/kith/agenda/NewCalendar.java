package app.kith.agenda;

/**
 * A calendar to subscribe to: {@code kind} {@code ical} (a private iCalendar address, as Google
 * and Outlook give) or {@code caldav} (a CalDAV calendar's address, with a user name and password
 * when the server asks for them); null kind: CalDAV when a user name is given, else iCalendar.
 */
public record NewCalendar(String kind, String url, String user, String password) {
}
