package app.kith.web.introductions;

import app.kith.web.Option;
import java.util.List;
import java.util.Map;

/**
 * The introductions section of a person's page: their introductions (either side), who they
 * might be introduced to for what they are looking for ({@code lookingFor}, empty when not said),
 * and the form to propose one, as typed: the other person ({@code other}, with the people it may
 * mean in {@code choices} when it matched several), the reason, and refusals by field.
 */
public record PersonIntroductionsView(long personId, String firstName, List<IntroRow> rows, List<String> lookingFor,
                                      List<Suggested> suggestions, String other, String reason, List<Option> choices,
                                      Map<String, String> errors, String notice) {

    /** Someone who knows about what the person is looking for, and why, in words (the reason it proposes). */
    public record Suggested(long personId, String name, String reason) {
    }
}
