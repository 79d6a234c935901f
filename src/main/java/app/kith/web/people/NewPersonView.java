package app.kith.web.people;

import app.kith.web.CircleChoice;
import java.util.List;
import java.util.Map;

/**
 * The add-a-person page: the form as typed, where to go back to after it (a local path, or null
 * for the new person's page), the latest day the last touch may be, the circles to choose from,
 * the account's default rhythm in words (null: none), what is wrong by field, and the undo offer
 * for someone just deleted (or null).
 */
public record NewPersonView(NewPersonForm form, String returnTo, String today, List<CircleChoice> circles,
                            String defaultRhythm, Map<String, String> errors, UndoBanner undo) {
}
