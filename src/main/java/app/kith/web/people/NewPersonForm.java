package app.kith.web.people;

import app.kith.Checks;
import app.kith.person.PersonDraft;
import app.kith.web.Inputs;
import java.time.LocalDate;
import java.util.List;

/** The add-a-person form as typed: only the name is required; "No rhythm" ticked leaves them untracked. */
public record NewPersonForm(String name, String email, String circle, String rhythmDays, Boolean noRhythm, String why,
                            String lastTouch) {

    static final NewPersonForm EMPTY = new NewPersonForm("", "", "", "", false, "", "");

    /**
     * The draft to add; a rhythm that is no number is kept in {@code checks} and left out. With
     * neither a rhythm nor a circle (and "No rhythm" not ticked), {@code defaultRhythm} applies.
     */
    PersonDraft toDraft(Checks checks, Integer defaultRhythm) {
        List<String> circles = circle == null || circle.isBlank() ? List.of() : List.of(circle);
        PersonDraft draft = new PersonDraft(name, Inputs.list(email), null, null, null, null, null, null, null, null, why,
                null, checks.value(() -> Inputs.number("rhythmDays", rhythmDays)), circles, null);
        if (!Boolean.TRUE.equals(noRhythm)) {
            return draft.withDefaultRhythm(defaultRhythm);
        }
        if (draft.rhythmDays() != null) {
            checks.refuse("rhythmDays", "rhythmDays and “No rhythm” say opposite things: choose one");
        }
        return draft;
    }

    /** The day you were last in touch, when given. */
    LocalDate lastTouchOn() {
        return Inputs.day("lastTouchOn", lastTouch);
    }
}
