package app.kith.planner;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * One line of Today. {@code kind} says what it is: {@code ask} (an ask needing a follow-up),
 * {@code intro} (an introduction to move on), {@code reply} (someone who reached out and waits
 * for an answer), {@code person} (someone due). {@code early} marks someone pulled forward on a
 * light day; {@code done} with {@code action} says what the user did about it today. An ask or
 * an introduction item carries its {@code ask} or {@code introduction}.
 */
public record TodayItem(String kind, PersonRef person, String reason, LocalDate dueOn, boolean early, boolean done,
                        String action, Integer rhythmDays, LocalDate lastTouchOn, int overdueDays, double priority,
                        @JsonInclude(JsonInclude.Include.NON_NULL) AskRef ask,
                        @JsonInclude(JsonInclude.Include.NON_NULL) IntroRef introduction) {

    public record PersonRef(long id, String name) {
    }

    /** The ask behind an {@code ask} item; {@code suggestDrop} after the follow-ups a user allows. */
    public record AskRef(long id, String text, LocalDate askedOn, String state, LocalDate puntedTo, int followUps,
                         boolean suggestDrop) {
    }

    /** The introduction behind an {@code intro} item: the other person and the step it waits for. */
    public record IntroRef(long id, PersonRef other, String reason, String step) {
    }

    /** An item about a person being due (no ask or introduction attached). */
    public static TodayItem person(PersonRef person, String reason, LocalDate dueOn, boolean early, boolean done,
                                   String action, Integer rhythmDays, LocalDate lastTouchOn, int overdueDays,
                                   double priority) {
        return new TodayItem("person", person, reason, dueOn, early, done, action, rhythmDays, lastTouchOn, overdueDays,
                priority, null, null);
    }
}
