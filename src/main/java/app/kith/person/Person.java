package app.kith.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.NonNull;

/**
 * A person as Kith shows them: what the user said, the circles they are in, and their clock
 * (rhythm in force, last touch, next due date).
 */
public record Person(
        long id,
        @NonNull String name,
        List<String> emails,
        List<String> phones,
        String company,
        String role,
        String location,
        String linkedinUrl,
        String birthday,
        String howWeMet,
        List<String> topics,
        Why why,
        String notes,
        Integer ownRhythmDays,
        Integer rhythmDays,
        List<CircleRef> circles,
        @NonNull LocalDate startedOn,
        LocalDate lastTouchOn,
        LocalDate dueOn,
        LocalDate snoozedUntil,
        @NonNull Instant createdAt,
        @NonNull Instant updatedAt,
        List<String> lookingFor) {

    public record CircleRef(long id, @NonNull String name, Integer rhythmDays) {
    }

    /** The draft that would recreate this person, for edits that change a few fields. */
    public PersonDraft toDraft() {
        return new PersonDraft(name, emails, phones, company, role, location, linkedinUrl, birthday, howWeMet, topics,
                why == null ? null : why.key(), notes, ownRhythmDays, circles.stream().map(CircleRef::name).toList(),
                startedOn, lookingFor);
    }

    public boolean tracked() {
        return rhythmDays != null;
    }
}
