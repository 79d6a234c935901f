package app.kith.agenda;

/** A calendar that could not be fetched or read: the reason is what the user sees as its last error. */
final class CalendarUnreadable extends RuntimeException {

    CalendarUnreadable(String message, Throwable cause) {
        super(message, cause);
    }
}
