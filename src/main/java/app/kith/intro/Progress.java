package app.kith.intro;

import java.time.LocalDate;
import java.util.List;

/**
 * What an introduction's steps add up to: its state and each side's opt-in, days as days since
 * the epoch. The row keeps the sum of all its steps; Today sums only those dated before a day, to
 * see the introduction as that day began. The steps were checked when they were taken, so they
 * are applied here as they come.
 */
record Progress(IntroState state, Side a, Side b, Integer introducedDay, Integer closedDay, int proposedDay) {

    /** One side's opt-in: the answer (null: not asked yet), when last asked, when they answered. */
    record Side(OptIn answer, Integer askedDay, Integer answeredDay) {

        static final Side NOT_ASKED = new Side(null, null, null);
    }

    static Progress proposed(int day) {
        return new Progress(IntroState.PROPOSED, Side.NOT_ASKED, Side.NOT_ASKED, null, null, day);
    }

    /** The sum of an introduction's steps, in the order they were taken; the first one proposed it. */
    static Progress of(long personA, List<Event> events) {
        Progress p = proposed(events.get(0).day());
        for (Event e : events) {
            p = p.then(e.kind(), e.personId() != null && e.personId() == personA, e.day());
        }
        return p;
    }

    /** An introduction as the day began: the sum of its steps dated before it. */
    static Progress before(Introduction intro, LocalDate day) {
        Progress p = proposed((int) intro.proposedOn().toEpochDay());
        for (Introduction.Step step : intro.steps()) {
            if (step.on().isBefore(day)) {
                p = p.then(Kind.ofKey(step.kind()), step.personId() != null && step.personId() == intro.personA().id(),
                        (int) step.on().toEpochDay());
            }
        }
        return p;
    }

    Progress then(Kind kind, boolean sideA, int day) {
        return switch (kind) {
            case PROPOSED -> this;
            case ASKED -> withSide(sideA, new Side(OptIn.ASKED, day, null));
            case AGREED -> withSide(sideA, new Side(OptIn.AGREED, side(sideA).askedDay(), day));
            case DECLINED -> withSide(sideA, new Side(OptIn.DECLINED, side(sideA).askedDay(), day))
                    .closed(IntroState.DECLINED, day);
            case INTRODUCED -> new Progress(IntroState.INTRODUCED, a, b, day, null, proposedDay);
            case MET -> closed(IntroState.MET, day);
            case NO_REPLY -> closed(IntroState.NO_REPLY, day);
            case NOT_A_FIT -> closed(IntroState.NOT_A_FIT, day);
        };
    }

    Side side(boolean sideA) {
        return sideA ? a : b;
    }

    boolean bothAgreed() {
        return a.answer() == OptIn.AGREED && b.answer() == OptIn.AGREED;
    }

    private Progress withSide(boolean sideA, Side side) {
        return new Progress(state, sideA ? side : a, sideA ? b : side, introducedDay, closedDay, proposedDay);
    }

    private Progress closed(IntroState outcome, int day) {
        return new Progress(outcome, a, b, introducedDay, day, proposedDay);
    }
}
