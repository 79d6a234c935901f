package app.kith.web.person;

import app.kith.Checks;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.web.Inputs;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything about a person as the edit form holds it: lists as text (one per line or separated
 * by commas), the birthday as a month, a day and maybe a year, the rhythm as typed, and the names
 * of the circles ticked.
 */
public record PersonForm(String name, String emails, String phones, String company, String role, String location,
                         String linkedinUrl, String birthdayMonth, String birthdayDay, String birthdayYear,
                         String howWeMet, String topics, String why, String rhythmDays, String notes,
                         List<String> circles, String lookingFor) {

    public PersonForm {
        circles = circles == null ? List.of() : circles;
    }

    static PersonForm of(Person p) {
        BirthdayInput birthday = BirthdayInput.of(p.birthday());
        return new PersonForm(p.name(), String.join("\n", p.emails()), String.join("\n", p.phones()), p.company(),
                p.role(), p.location(), p.linkedinUrl(), birthday.month(), birthday.day(), birthday.year(), p.howWeMet(),
                String.join(", ", p.topics()),
                p.why() == null ? "" : p.why().key(), p.ownRhythmDays() == null ? "" : p.ownRhythmDays().toString(),
                p.notes(), p.circles().stream().map(Person.CircleRef::name).toList(), String.join(", ", p.lookingFor()));
    }

    public BirthdayInput birthday() {
        return new BirthdayInput(birthdayMonth, birthdayDay, birthdayYear);
    }

    /**
     * The draft to save; {@code startedOn} is the person's own, which an edit keeps. What the form
     * itself cannot read (a rhythm that is no number, a day that is not in the month) is kept in
     * {@code checks} and left out of the draft.
     */
    PersonDraft toDraft(LocalDate startedOn, Checks checks) {
        return new PersonDraft(name, Inputs.list(emails), Inputs.list(phones), company, role, location, linkedinUrl,
                checks.value(() -> birthday().stored()), howWeMet, Inputs.list(topics), why, notes,
                checks.value(() -> Inputs.number("rhythmDays", rhythmDays)), circles, startedOn, Inputs.list(lookingFor));
    }
}
