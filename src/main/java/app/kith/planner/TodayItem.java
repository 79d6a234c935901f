package app.kith.planner;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of Today, one record per kind of reason. Someone due by their rhythm ({@link PersonDue}),
 * whose birthday it is ({@link Birthday}) or who has a new job ({@link JobChange}) is there for who
 * they are; the follow-ups are there for something that waits: a reply owed ({@link Reply}), an ask
 * ({@link AskFollowUp}), an introduction ({@link IntroFollowUp}). A reminder set for the day
 * ({@link Reminder}) or a key date of theirs ({@link KeyDate}) puts someone there like a birthday.
 * Every item says who, why in plain words ({@code reason}, a sentence that reads on its own, in
 * an email or a calendar too) and whether it was dealt with today ({@code done}).
 *
 * <p>In JSON every item has the same properties whatever its kind (those that do not apply are
 * null, false or 0), so scripts written against the earlier flat list keep working; {@code kind}
 * names the record (and the API document each variant by it).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = TodayItem.PersonDue.class, name = "person"),
        @JsonSubTypes.Type(value = TodayItem.Birthday.class, name = "birthday"),
        @JsonSubTypes.Type(value = TodayItem.JobChange.class, name = "job-change"),
        @JsonSubTypes.Type(value = TodayItem.Reminder.class, name = "reminder"),
        @JsonSubTypes.Type(value = TodayItem.KeyDate.class, name = "key-date"),
        @JsonSubTypes.Type(value = TodayItem.Reply.class, name = "reply"),
        @JsonSubTypes.Type(value = TodayItem.AskFollowUp.class, name = "ask"),
        @JsonSubTypes.Type(value = TodayItem.IntroFollowUp.class, name = "intro")})
public sealed interface TodayItem {

    /**
     * What was done about someone on the list for who they are (due, birthday, new job, a reply
     * owed): logged, skipped or snoozed; null for an ask or an introduction, whose steps say it.
     */
    static @Nullable Action personAction(TodayItem item) {
        return item instanceof PersonDue due ? due.action()
                : item instanceof Birthday birthday ? birthday.action()
                : item instanceof JobChange job ? job.action()
                : item instanceof Reply reply ? reply.action()
                : item instanceof Reminder reminder ? reminder.action()
                : item instanceof KeyDate date ? date.action()
                : null;
    }

    /**
     * {@code person}, {@code birthday}, {@code job-change}, {@code reminder}, {@code key-date},
     * {@code reply}, {@code ask} or {@code intro}.
     */
    @JsonProperty(index = 0)
    String kind();

    PersonRef person();

    String reason();

    /** When it fell due: the rhythm's day, the birthday, the day they reached out, the day an ask needed a follow-up. */
    LocalDate dueOn();

    /** Dealt with today: what was done is the item's {@code action}. */
    @JsonProperty
    boolean done();

    /** Someone pulled forward on a light day, before their due day. */
    @JsonProperty
    default boolean early() {
        return false;
    }

    @JsonProperty
    default @Nullable Integer rhythmDays() {
        return null;
    }

    @JsonProperty
    default @Nullable LocalDate lastTouchOn() {
        return null;
    }

    @JsonProperty
    default int overdueDays() {
        return 0;
    }

    /** What ranks people due: the overdue ratio weighted by why they matter. */
    @JsonProperty
    default double priority() {
        return 0;
    }

    record PersonRef(long id, String name) {
    }

    /** Someone due by their rhythm, or pulled forward on a light day ({@code early}). */
    record PersonDue(PersonRef person, String reason, LocalDate dueOn, boolean early, Action action, Integer rhythmDays,
                     LocalDate lastTouchOn, int overdueDays, double priority) implements TodayItem {

        @Override
        public String kind() {
            return "person";
        }

        @Override
        public boolean done() {
            return action != null;
        }
    }

    /**
     * Someone whose birthday is on the day (a 29 February birthday on 28 February in other years);
     * {@code turns} their new age when the year is known. Done by logging a touchpoint.
     */
    record Birthday(PersonRef person, String reason, LocalDate dueOn, Integer turns, Action action, Integer rhythmDays,
                    LocalDate lastTouchOn) implements TodayItem {

        @Override
        public String kind() {
            return "birthday";
        }

        @Override
        public boolean done() {
            return action != null;
        }
    }

    /**
     * A tracked person with a new job, learnt on {@code dueOn} from an import ({@code job} says from
     * what to what), and not in touch since: a reason to congratulate them for
     * {@value JobNews#DAYS} days. Done by logging a touchpoint, skipped or snoozed like a person due.
     */
    record JobChange(PersonRef person, String reason, LocalDate dueOn, Action action, Integer rhythmDays,
                     LocalDate lastTouchOn, JobRef job) implements TodayItem {

        @Override
        public String kind() {
            return "job-change";
        }

        @Override
        public boolean done() {
            return action != null;
        }
    }

    /**
     * A reminder about someone set for {@code dueOn} ({@code reminder} says what), and not dealt
     * with since: it stays on Today from its day until a touchpoint with them, like a follow-up
     * that waits. Done by logging a touchpoint; a skip puts it off to the next day, a snooze to the
     * snooze's end.
     */
    record Reminder(PersonRef person, String reason, LocalDate dueOn, Action action, Integer rhythmDays,
                    LocalDate lastTouchOn, int overdueDays, ReminderRef reminder) implements TodayItem {

        @Override
        public String kind() {
            return "reminder";
        }

        @Override
        public boolean done() {
            return action != null;
        }
    }

    /**
     * A date that matters about someone, on its day ({@code keyDate} says which); a yearly one
     * each year, {@code years} since its first (null for a date once). Done, skipped or snoozed like
     * a birthday, and gone the next day.
     */
    record KeyDate(PersonRef person, String reason, LocalDate dueOn, Integer years, Action action, Integer rhythmDays,
                   LocalDate lastTouchOn, KeyDateRef keyDate) implements TodayItem {

        @Override
        public String kind() {
            return "key-date";
        }

        @Override
        public boolean done() {
            return action != null;
        }
    }

    /**
     * Someone who reached out on {@code dueOn} and waits for an answer: {@code about} is what they
     * wrote about (the note of their touchpoint, shortened; null when none), {@code channel} how.
     */
    record Reply(PersonRef person, String reason, LocalDate dueOn, Action action, Integer rhythmDays, int overdueDays,
                 String about, String channel) implements TodayItem {

        @Override
        public String kind() {
            return "reply";
        }

        @Override
        public boolean done() {
            return action != null;
        }

        @Override
        public LocalDate lastTouchOn() {
            return dueOn;
        }
    }

    /**
     * An ask that needs a follow-up; {@code action} is what happened to it today ({@code followed-up},
     * {@code replied}, {@code yes}, {@code no}, {@code punted}, {@code dropped}; null: nothing yet).
     */
    record AskFollowUp(PersonRef person, String reason, LocalDate dueOn, String action, LocalDate lastTouchOn,
                       int overdueDays, double priority, AskRef ask) implements TodayItem {

        @Override
        public String kind() {
            return "ask";
        }

        @Override
        public boolean done() {
            return action != null;
        }
    }

    /** An introduction to move on; {@code action} is the step taken today on it (null: none yet). */
    record IntroFollowUp(PersonRef person, String reason, LocalDate dueOn, String action, int overdueDays,
                     IntroRef introduction) implements TodayItem {

        @Override
        public String kind() {
            return "intro";
        }

        @Override
        public boolean done() {
            return action != null;
        }
    }

    /** The job before and after a change; a field the file did not change is the same on both sides. */
    record JobRef(String roleBefore, String companyBefore, String role, String company, String source) {

        /**
         * The new job in words, as a congratulation names it: "Staff Engineer at Stripe", the role
         * alone without a company, "at Stripe" without a role; null when neither is known.
         */
        @JsonIgnore
        public @Nullable String newJob() {
            boolean hasRole = role != null && !role.isBlank();
            boolean hasCompany = company != null && !company.isBlank();
            return hasRole && hasCompany ? role + " at " + company : hasRole ? role : hasCompany ? "at " + company : null;
        }
    }

    /** The ask behind an {@code ask} item; {@code suggestDrop} after the follow-ups a user allows. */
    record AskRef(long id, String text, LocalDate askedOn, String state, LocalDate puntedTo, int followUps,
                  boolean suggestDrop) {
    }

    /** The reminder behind a {@code reminder} item; {@code on} the day it was set for. */
    record ReminderRef(long id, String text, LocalDate on) {
    }

    /** The key date behind a {@code key-date} item: its label, first date, and whether it comes back yearly. */
    record KeyDateRef(long id, String label, LocalDate on, boolean yearly) {
    }

    /** The introduction behind an {@code intro} item: the other person and the step it waits for. */
    record IntroRef(long id, PersonRef other, String reason, String step) {
    }
}
