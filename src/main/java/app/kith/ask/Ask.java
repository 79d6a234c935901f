package app.kith.ask;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.NonNull;

/**
 * Something asked of a person. {@code status} adds to the state what a day makes of it:
 * {@code ignored} (waiting longer than the follow-up gap) and {@code due} (punted to a day that has
 * come); otherwise it is the state.
 */
public record Ask(long id, @NonNull PersonRef person, @NonNull String text, @NonNull String channel,
                  @NonNull LocalDate askedOn, @NonNull AskState state, @NonNull String status, LocalDate puntedTo,
                  int followUps, @NonNull LocalDate lastActivityOn, LocalDate closedOn,
                  List<AskEvent> events) {

    public record PersonRef(long id, @NonNull String name) {
    }

    public boolean open() {
        return state.open();
    }
}
