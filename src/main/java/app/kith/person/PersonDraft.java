package app.kith.person;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a user can say about a person, as typed: {@link People} validates it. Only the name
 * is required. {@code startedOn} is when the clock starts for someone never touched (the day they
 * were added, unless an import knows when you connected). {@code lookingFor}: topics they need
 * someone for, which introductions are suggested from.
 */
public record PersonDraft(
        String name,
        List<String> emails,
        List<String> phones,
        String company,
        String role,
        String location,
        String linkedinUrl,
        String birthday,
        String howWeMet,
        List<String> topics,
        String why,
        String notes,
        Integer rhythmDays,
        List<String> circles,
        LocalDate startedOn,
        List<String> lookingFor) {

    public PersonDraft {
        lookingFor = lookingFor == null ? List.of() : lookingFor;
        emails = emails == null ? List.of() : emails;
        phones = phones == null ? List.of() : phones;
        topics = topics == null ? List.of() : topics;
        circles = circles == null ? List.of() : circles;
    }

    /** Everything but what they are looking for. */
    public PersonDraft(String name, List<String> emails, List<String> phones, String company, String role,
                       String location, String linkedinUrl, String birthday, String howWeMet, List<String> topics,
                       String why, String notes, Integer rhythmDays, List<String> circles, LocalDate startedOn) {
        this(name, emails, phones, company, role, location, linkedinUrl, birthday, howWeMet, topics, why, notes,
                rhythmDays, circles, startedOn, null);
    }

    public static PersonDraft named(String name) {
        return new PersonDraft(name, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public PersonDraft withName(String newName) {
        return new PersonDraft(newName, emails, phones, company, role, location, linkedinUrl, birthday, howWeMet, topics,
                why, notes, rhythmDays, circles, startedOn, lookingFor);
    }

    public PersonDraft withCircles(List<String> names) {
        return new PersonDraft(name, emails, phones, company, role, location, linkedinUrl, birthday, howWeMet, topics,
                why, notes, rhythmDays, names, startedOn, lookingFor);
    }

    public PersonDraft withStartedOn(LocalDate day) {
        return new PersonDraft(name, emails, phones, company, role, location, linkedinUrl, birthday, howWeMet, topics,
                why, notes, rhythmDays, circles, day, lookingFor);
    }

    public PersonDraft withLookingFor(List<String> needs) {
        return new PersonDraft(name, emails, phones, company, role, location, linkedinUrl, birthday, howWeMet, topics,
                why, notes, rhythmDays, circles, startedOn, needs);
    }

    /**
     * Someone added by hand with neither a rhythm nor a circle gets the account's default rhythm
     * as their own (null: none), so that the first person added is tracked; "no rhythm" is the
     * caller's explicit choice, not this.
     */
    public PersonDraft withDefaultRhythm(Integer days) {
        return rhythmDays == null && circles.isEmpty() ? withRhythm(days) : this;
    }

    public PersonDraft withRhythm(Integer days) {
        return new PersonDraft(name, emails, phones, company, role, location, linkedinUrl, birthday, howWeMet, topics,
                why, notes, days, circles, startedOn, lookingFor);
    }
}
