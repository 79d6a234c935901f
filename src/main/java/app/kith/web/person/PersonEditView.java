package app.kith.web.person;

import app.kith.web.CircleChoice;
import java.util.List;
import java.util.Map;

/** The edit page: whose it is (the name as saved), the form as typed, the circles to tick, and what is wrong by field. */
public record PersonEditView(long id, String savedName, PersonForm form, List<CircleChoice> circles,
                             Map<String, String> errors) {
}
