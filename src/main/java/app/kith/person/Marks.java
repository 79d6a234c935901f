package app.kith.person;

import java.time.LocalDate;

/**
 * What keeps a person off Today for a while: the day they were last skipped, and a snooze (the
 * day it began and the day it ends); null where there is none.
 */
public record Marks(LocalDate skippedOn, LocalDate snoozedOn, LocalDate snoozedUntil) {

    static Marks of(Integer skippedOn, Integer snoozedOn, Integer snoozedUntil) {
        return new Marks(day(skippedOn), day(snoozedOn), day(snoozedUntil));
    }

    private static LocalDate day(Integer epochDay) {
        return epochDay == null ? null : LocalDate.ofEpochDay(epochDay);
    }
}
