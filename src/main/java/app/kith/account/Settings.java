package app.kith.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An account's preferences: how many items Today holds, the time zone that says when a day
 * starts, and the follow-up habits: an ask unanswered for {@code followUpDays} is ignored and
 * comes back on Today, after {@code followUpsBeforeDrop} follow-ups Kith suggests dropping it, and
 * an introduction is checked on {@code introFollowUpDays} after it was made.
 *
 * <p>{@code defaultRhythmDays} is the rhythm of someone added by hand with neither a rhythm nor a
 * circle (null: they are not tracked); while people are due by their rhythm, follow-ups take at
 * most {@code followUpShare} percent of Today's slots; someone who reached out more than
 * {@code replyWindowDays} ago is no longer a Today item. {@code yourName} signs messages (null:
 * not said).
 */
public record Settings(int capacity, ZoneId timeZone, int followUpDays, int followUpsBeforeDrop, int introFollowUpDays,
                       Integer defaultRhythmDays, int followUpShare, int replyWindowDays, String yourName) {

    public static final int DEFAULT_CAPACITY = 5;
    public static final int MAX_CAPACITY = 100;
    public static final int DEFAULT_FOLLOW_UP_DAYS = 7;
    public static final int DEFAULT_FOLLOW_UPS_BEFORE_DROP = 2;
    public static final int DEFAULT_INTRO_FOLLOW_UP_DAYS = 14;
    public static final int DEFAULT_RHYTHM_DAYS = 30;
    public static final int DEFAULT_FOLLOW_UP_SHARE = 50;
    public static final int DEFAULT_REPLY_WINDOW_DAYS = 14;

    public Settings(int capacity, ZoneId timeZone) {
        this(capacity, timeZone, DEFAULT_FOLLOW_UP_DAYS, DEFAULT_FOLLOW_UPS_BEFORE_DROP, DEFAULT_INTRO_FOLLOW_UP_DAYS,
                DEFAULT_RHYTHM_DAYS, DEFAULT_FOLLOW_UP_SHARE, DEFAULT_REPLY_WINDOW_DAYS, null);
    }

    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(timeZone));
    }

    /** The most of Today's slots follow-ups may take while people are due by rhythm (rounded down). */
    public int followUpSlots() {
        return capacity * followUpShare / 100;
    }
}
