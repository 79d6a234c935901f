package app.kith.intro;

import java.time.LocalDate;

/**
 * A step to move an introduction on, as typed (the API's body): {@code step} is {@code asked},
 * {@code agreed} or {@code declined} (with the {@code personId} of the side it is about),
 * {@code introduced} (with a {@code channel}, default other) or {@code outcome} (with the
 * {@code outcome}: met, no-reply, not-a-fit). {@code on} defaults to today; {@code note} is
 * optional. Asking a side again, before they answer, is a follow-up.
 */
public record IntroStep(String step, Long personId, LocalDate on, String channel, String outcome, String note) {

    public static IntroStep asked(long personId, LocalDate on) {
        return new IntroStep("asked", personId, on, null, null, null);
    }

    public static IntroStep agreed(long personId, LocalDate on) {
        return new IntroStep("agreed", personId, on, null, null, null);
    }

    public static IntroStep declined(long personId, LocalDate on) {
        return new IntroStep("declined", personId, on, null, null, null);
    }

    public static IntroStep introduced(LocalDate on, String channel) {
        return new IntroStep("introduced", null, on, channel, null, null);
    }

    public static IntroStep outcome(String outcome, LocalDate on) {
        return new IntroStep("outcome", null, on, null, outcome, null);
    }

    public IntroStep withNote(String text) {
        return new IntroStep(step, personId, on, channel, outcome, text);
    }

    public IntroStep withChannel(String via) {
        return new IntroStep(step, personId, on, via, outcome, note);
    }
}
