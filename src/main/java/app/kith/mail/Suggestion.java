package app.kith.mail;

import java.time.LocalDate;

/** Someone you exchange mail with who is not a person in Kith: an address, a name if given, counts by direction. */
public record Suggestion(String address, String name, int received, int sent, LocalDate lastOn) {
}
