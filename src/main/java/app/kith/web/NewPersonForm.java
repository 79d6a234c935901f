package app.kith.web;

import app.kith.Checks;
import app.kith.person.PersonDraft;
import java.time.LocalDate;
import java.util.List;

/** The add-a-person form as typed: only the name is required. */
public record NewPersonForm(String name, String email, String circle, String rhythmDays, String why, String lastTouch) {

    static final NewPersonForm EMPTY = new NewPersonForm("", "", "", "", "", "");

    /** The draft to add; a rhythm that is no number is kept in {@code checks} and left out. */
    PersonDraft toDraft(Checks checks) {
        List<String> circles = circle == null || circle.isBlank() ? List.of() : List.of(circle);
        return new PersonDraft(name, Inputs.list(email), null, null, null, null, null, null, null, null, why, null,
                checks.value(() -> Inputs.number("rhythmDays", rhythmDays)), circles, null);
    }

    /** The day you were last in touch, when given. */
    LocalDate lastTouchOn() {
        return Inputs.day("lastTouchOn", lastTouch);
    }
}
