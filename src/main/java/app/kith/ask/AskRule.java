package app.kith.ask;

import java.util.List;

/**
 * The rule for when an ask needs a follow-up, free of storage so Today, the lists and the
 * simulation share it. Days are days since the epoch.
 *
 * <p>An ask waiting longer than the follow-up gap since it was asked, followed up or replied to
 * is ignored; a punted ask is due again on the day it was punted to. Both go on Today.
 */
final class AskRule {

    /** An ask's state as of some moment, replayed from its events. */
    record Snapshot(AskState state, Integer puntedTo, int followUps, int lastActivity) {

        /** Null when nothing is needed, else "ignored" or "due" (a punt whose day has come). */
        String needs(int day, int gap) {
            if (state == AskState.WAITING && day - lastActivity > gap) {
                return "ignored";
            }
            if (state == AskState.PUNTED && puntedTo != null && puntedTo <= day) {
                return "due";
            }
            return null;
        }
    }

    /** One step in the replay. */
    record Step(int day, AskEventKind kind, Integer puntedTo) {
    }

    private AskRule() {
    }

    /** The ask as it stood after every step dated before {@code day} (null if it did not exist yet). */
    static Snapshot before(List<Step> steps, int day) {
        Snapshot s = null;
        for (Step step : steps) {
            if (step.day() >= day) {
                continue;
            }
            s = apply(s, step);
        }
        return s;
    }

    static Snapshot apply(Snapshot s, Step step) {
        return switch (step.kind()) {
            case ASKED -> new Snapshot(AskState.WAITING, null, 0, step.day());
            case FOLLOWED_UP -> new Snapshot(AskState.WAITING, null, s.followUps() + 1, step.day());
            case REPLIED -> new Snapshot(s.state(), s.puntedTo(), s.followUps(), step.day());
            case PUNTED -> new Snapshot(AskState.PUNTED, step.puntedTo(), s.followUps(), step.day());
            case YES -> new Snapshot(AskState.YES, null, s.followUps(), step.day());
            case NO -> new Snapshot(AskState.NO, null, s.followUps(), step.day());
            case DROPPED -> new Snapshot(AskState.DROPPED, null, s.followUps(), step.day());
        };
    }
}
