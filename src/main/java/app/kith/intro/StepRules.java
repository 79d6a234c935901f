package app.kith.intro;

import app.kith.Conflict;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.touchpoint.Channel;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What a step may do, checked before anything is written: first the input on its own
 * ({@link #read}), then against where the introduction stands ({@link #check}). Input that makes
 * no sense is {@link Invalid}; a step the introduction is not ready for, or is past, is a
 * {@link Conflict} that says what it waits for.
 */
final class StepRules {

    static final int MAX_NOTE = 1_000;

    /** A step as typed, its input checked; {@code channel} is null for an outcome. */
    record Typed(Kind kind, Long personId, LocalDate on, Channel channel, String note) {
    }

    private StepRules() {
    }

    static Typed read(IntroStep step, LocalDate today) {
        Kind kind = kind(step);
        boolean aboutASide = kind == Kind.ASKED || kind == Kind.AGREED || kind == Kind.DECLINED;
        if (aboutASide && step.personId() == null) {
            throw new Invalid("personId", "personId is required: the person who was " + kind.key);
        }
        if (!aboutASide && step.personId() != null) {
            throw new Invalid("personId", "personId is for asked, agreed and declined; " + kind.key
                    + " is about both people");
        }
        boolean outcome = IntroState.OUTCOMES.stream().anyMatch(s -> s.key().equals(kind.key));
        if (outcome && step.channel() != null) {
            throw new Invalid("channel", "an outcome has no channel");
        }
        if (!outcome && step.outcome() != null) {
            throw new Invalid("outcome", "outcome goes with the step outcome, not " + kind.key);
        }
        return new Typed(kind, step.personId(), on(step.on(), today),
                outcome ? null : Channel.parse("channel", step.channel()), Fields.optional("note", step.note(), MAX_NOTE));
    }

    /** The day a step or a proposal is dated: today unless given, and never after today. */
    static LocalDate on(LocalDate given, LocalDate today) {
        return Fields.happened("on", given == null ? today : given, today);
    }

    private static Kind kind(IntroStep step) {
        String name = step.step() == null ? "" : step.step().strip().toLowerCase(Locale.ROOT);
        switch (name) {
            case "asked":
                return Kind.ASKED;
            case "agreed":
                return Kind.AGREED;
            case "declined":
                return Kind.DECLINED;
            case "introduced":
                return Kind.INTRODUCED;
            case "outcome":
                IntroState state = step.outcome() == null || step.outcome().isBlank() ? null
                        : IntroState.parse("outcome", step.outcome());
                if (state == null || !IntroState.OUTCOMES.contains(state)) {
                    throw new Invalid("outcome", state == null ? "outcome is required: met, no-reply or not-a-fit"
                            : "outcome must be met, no-reply or not-a-fit, not \"" + step.outcome() + "\"");
                }
                return Kind.outcome(state);
            default:
                throw new Invalid("step", name.isEmpty() ? "step is required: asked, agreed, declined, introduced or outcome"
                        : "step must be asked, agreed, declined, introduced or outcome, not \"" + step.step() + "\"");
        }
    }

    /** Refuses a step the introduction is not ready for, or past; a step on a closed one is always refused. */
    static void check(Typed step, Introduction intro) {
        if (!intro.open()) {
            throw new Conflict("step", "Introduction #" + intro.id() + " of " + pair(intro) + " is closed ("
                    + intro.state().key() + " on " + intro.closedOn() + "): it takes no more steps");
        }
        switch (step.kind()) {
            case ASKED, AGREED, DECLINED -> checkSide(step, intro);
            case INTRODUCED -> checkIntroduced(step, intro);
            default -> checkOutcome(step, intro);
        }
    }

    private static void checkSide(Typed step, Introduction intro) {
        Introduction.Side side = intro.side(step.personId());
        if (side == null) {
            throw new Invalid("personId", "person " + step.personId() + " is not part of introduction #" + intro.id()
                    + " (" + pair(intro) + ")");
        }
        if (intro.state() == IntroState.INTRODUCED) {
            throw new Conflict("step", pair(intro) + " were introduced on " + intro.introducedOn()
                    + ": what remains is how it went (met, no-reply or not-a-fit)");
        }
        if (side.answer() == OptIn.AGREED || side.answer() == OptIn.DECLINED) {
            throw new Conflict("personId", side.name() + " already " + side.answer().key() + ", on " + side.answeredOn());
        }
        if (step.kind() == Kind.ASKED) {
            notBefore(step.on(), intro.proposedOn(), "the introduction was proposed");
            notBefore(step.on(), side.askedOn(), side.name() + " was last asked");
            return;
        }
        if (side.answer() == null) {
            throw new Conflict("personId", side.name() + " has not been asked yet: ask them first (step asked)");
        }
        notBefore(step.on(), side.askedOn(), side.name() + " was asked");
    }

    private static void checkIntroduced(Typed step, Introduction intro) {
        if (intro.state() == IntroState.INTRODUCED) {
            throw new Conflict("step", pair(intro) + " were already introduced, on " + intro.introducedOn());
        }
        for (Introduction.Side side : new Introduction.Side[] {intro.personA(), intro.personB()}) {
            if (side.answer() != OptIn.AGREED) {
                throw new Conflict("step", "Not both agreed yet: " + side.name() + (side.answer() == null
                        ? " has not been asked" : " has not answered since being asked on " + side.askedOn()));
            }
        }
        notBefore(step.on(), intro.personA().answeredOn(), intro.personA().name() + " agreed");
        notBefore(step.on(), intro.personB().answeredOn(), intro.personB().name() + " agreed");
    }

    private static void checkOutcome(Typed step, Introduction intro) {
        if (intro.state() != IntroState.INTRODUCED) {
            throw new Conflict("step", pair(intro) + " are not introduced yet: the outcome comes after the introduction");
        }
        notBefore(step.on(), intro.introducedOn(), "they were introduced");
    }

    /** Steps follow each other in time, so that a day's view of an introduction adds up. */
    private static void notBefore(LocalDate on, LocalDate earliest, String when) {
        if (earliest != null && on.isBefore(earliest)) {
            throw new Invalid("on", "on must be on or after " + earliest + ", when " + when + ", not " + on);
        }
    }

    static String pair(Introduction intro) {
        return intro.personA().name() + " and " + intro.personB().name();
    }
}
