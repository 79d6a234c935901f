package app.kith.planner;

import java.time.LocalDate;

/**
 * One line of Today. {@code kind} is {@code person} for someone due (asks, introductions and
 * birthdays come first when they exist); {@code early} marks someone pulled forward on a light
 * day; {@code done} with {@code action} says what the user did about it today.
 */
public record TodayItem(String kind, PersonRef person, String reason, LocalDate dueOn, boolean early, boolean done,
                        String action, Integer rhythmDays, LocalDate lastTouchOn, int overdueDays, double priority) {

    public record PersonRef(long id, String name) {
    }
}
