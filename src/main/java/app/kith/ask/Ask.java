package app.kith.ask;

import java.time.LocalDate;
import java.util.List;

/**
 * Something asked of a person. {@code status} adds to the state what a day makes of it:
 * {@code ignored} (waiting longer than the follow-up gap) and {@code due} (punted to a day that has
 * come); otherwise it is the state.
 */
public record Ask(long id, PersonRef person, String text, String channel, LocalDate askedOn, AskState state,
                  String status, LocalDate puntedTo, int followUps, LocalDate lastActivityOn, LocalDate closedOn,
                  List<AskEvent> events) {

    public record PersonRef(long id, String name) {
    }

    public boolean open() {
        return state.open();
    }
}
