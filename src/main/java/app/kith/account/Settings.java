package app.kith.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An account's preferences: how many items Today holds, the time zone that says when a day
 * starts, and the follow-up habits: an ask unanswered for {@code followUpDays} is ignored and
 * comes back on Today, after {@code followUpsBeforeDrop} follow-ups Kith suggests dropping it, and
 * an introduction is checked on {@code introFollowUpDays} after it was made.
 */
public record Settings(int capacity, ZoneId timeZone, int followUpDays, int followUpsBeforeDrop, int introFollowUpDays) {

    public static final int DEFAULT_CAPACITY = 5;
    public static final int MAX_CAPACITY = 100;
    public static final int DEFAULT_FOLLOW_UP_DAYS = 7;
    public static final int DEFAULT_FOLLOW_UPS_BEFORE_DROP = 2;
    public static final int DEFAULT_INTRO_FOLLOW_UP_DAYS = 14;

    public Settings(int capacity, ZoneId timeZone) {
        this(capacity, timeZone, DEFAULT_FOLLOW_UP_DAYS, DEFAULT_FOLLOW_UPS_BEFORE_DROP, DEFAULT_INTRO_FOLLOW_UP_DAYS);
    }

    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(timeZone));
    }
}
