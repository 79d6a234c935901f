package app.kith.account;

import app.kith.Invalid;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When a new token ends, as typed: in a number of days ({@code 90d}), or on a date (through that day). */
public final class TokenExpiry {

    public static final int MAX_DAYS = 3650;
    private static final Pattern DAYS = Pattern.compile("(\\d{1,5})\\s*d(ays?)?");

    private TokenExpiry() {
    }

    /** Null or blank: the token never ends. A date ends it at the end of that day in {@code zone}. */
    public static Instant parse(String field, String text, Instant now, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        Matcher days = DAYS.matcher(typed);
        if (days.matches()) {
            return inDays(field, Integer.parseInt(days.group(1)), now);
        }
        try {
            Instant end = LocalDate.parse(typed).plusDays(1).atStartOfDay(zone).toInstant();
            return checked(field, end, now);
        } catch (DateTimeException e) {
            try {
                return checked(field, Instant.parse(typed), now);
            } catch (DateTimeException notAnInstant) {
                throw new Invalid(field, field + " must be a number of days like 90d or a date like 2027-03-31, not \""
                        + typed + "\"");
            }
        }
    }

    public static Instant inDays(String field, int days, Instant now) {
        if (days < 1 || days > MAX_DAYS) {
            throw new Invalid(field, field + " must be between 1 and " + MAX_DAYS + " days, not " + days);
        }
        return now.plus(Duration.ofDays(days));
    }

    /** A given end, which must be in the future and within {@link #MAX_DAYS}. */
    public static Instant checked(String field, Instant end, Instant now) {
        if (!end.isAfter(now)) {
            throw new Invalid(field, field + " must be in the future, not " + end);
        }
        if (end.isAfter(now.plus(Duration.ofDays(MAX_DAYS)))) {
            throw new Invalid(field, field + " must be within " + MAX_DAYS + " days");
        }
        return end;
    }
}
