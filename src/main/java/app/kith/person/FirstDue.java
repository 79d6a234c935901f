package app.kith.person;

/**
 * When people added together first fall due: the {@code index}-th of them (in the order given),
 * never touched and on a rhythm of {@code rhythmDays}, is first due this many days after the day
 * they are added. An import uses it so that its people arrive a few a day, not all at once.
 */
@FunctionalInterface
public interface FirstDue {

    int daysAfter(int index, int rhythmDays);
}
