package app.kith.intro;

import java.util.List;
import org.jspecify.annotations.NonNull;

/**
 * Someone who knows about what a person is looking for, so an introduction may help: the
 * {@code needs} of the person their topics match, and the reason in words.
 */
public record Suggestion(long personId, @NonNull String name, List<String> needs, @NonNull String reason) {
}
