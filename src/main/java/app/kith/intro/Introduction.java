package app.kith.intro;

import app.kith.touchpoint.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.NonNull;

/**
 * An introduction as Kith shows it: the two people, why, where it stands, each side's answer
 * and every step with its day. {@code channel} is how the introduction was made (once made).
 */
public record Introduction(long id, @NonNull Side personA, @NonNull Side personB, @NonNull String reason,
                           @NonNull IntroState state, @NonNull LocalDate proposedOn, LocalDate introducedOn,
                           Channel channel, LocalDate closedOn, List<Step> steps, @NonNull Instant createdAt) {

    /** One of the two people and their opt-in: {@code answer} is null until they are asked. */
    public record Side(long id, @NonNull String name, OptIn answer, LocalDate askedOn, LocalDate answeredOn) {
    }

    /**
     * A step of its history: proposed, asked, agreed, declined, introduced, met, no-reply or
     * not-a-fit; {@code personId} is the side an opt-in step is about.
     */
    public record Step(@NonNull LocalDate on, @NonNull String kind, Long personId, String note) {
    }

    public boolean open() {
        return state.open();
    }

    /** The side of this person, or null when they are not part of it. */
    public Side side(long personId) {
        return personA.id() == personId ? personA : personB.id() == personId ? personB : null;
    }

    /** The other side from this person's. */
    public Side other(long personId) {
        return personA.id() == personId ? personB : personA;
    }
}
