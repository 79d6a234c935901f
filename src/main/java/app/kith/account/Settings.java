package app.kith.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** An account's preferences: how many people Today holds, and the time zone that says when a day starts. */
public record Settings(int capacity, ZoneId timeZone) {

    public static final int DEFAULT_CAPACITY = 5;
    public static final int MAX_CAPACITY = 100;

    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(timeZone));
    }
}
