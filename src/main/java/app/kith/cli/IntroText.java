package app.kith.cli;

import app.kith.intro.OptIn;
import app.kith.intro.IntroState;
import app.kith.intro.Introduction;

/** How the CLI writes an introduction: who, where it stands, each side's answer, and what comes next. */
final class IntroText {

    private IntroText() {
    }

    /** "#3 Sam Okafor and Priya Raman — proposed on Mon 2 Mar 2026" and a second line with both sides and why. */
    static String lines(Introduction i) {
        return "#" + i.id() + " " + i.personA().name() + " and " + i.personB().name() + " — " + state(i)
                + System.lineSeparator() + "    " + side(i.personA()) + " · " + side(i.personB()) + " · why: "
                + i.reason().replace('\n', ' ');
    }

    private static String state(Introduction i) {
        switch (i.state()) {
            case PROPOSED:
                return "proposed on " + Text.day(i.proposedOn());
            case INTRODUCED:
                return "introduced on " + Text.day(i.introducedOn()) + " by " + i.channel().key();
            default:
                return i.state().key() + " on " + Text.day(i.closedOn());
        }
    }

    private static String side(Introduction.Side s) {
        if (s.answer() == null) {
            return s.name() + ": not asked yet";
        }
        if (s.answer() == OptIn.ASKED) {
            return s.name() + ": asked on " + Text.day(s.askedOn());
        }
        return s.name() + ": " + s.answer().key() + " on " + Text.day(s.answeredOn());
    }

    /** The command for the next step, or null when the introduction is closed. */
    static String next(Introduction i) {
        String step = "kith intro-step " + i.id() + " ";
        if (i.state() == IntroState.INTRODUCED) {
            return "Once they had a chance to meet: " + step + "met|no-reply|not-a-fit";
        }
        if (!i.open()) {
            return null;
        }
        for (Introduction.Side s : new Introduction.Side[] {i.personA(), i.personB()}) {
            if (s.answer() == null) {
                return "Next, ask " + s.name() + " whether they'd like to meet " + i.other(s.id()).name() + ": "
                        + step + "asked " + s.id();
            }
        }
        for (Introduction.Side s : new Introduction.Side[] {i.personA(), i.personB()}) {
            if (s.answer() == OptIn.ASKED) {
                return "When " + s.name() + " answers: " + step + "agreed|declined " + s.id();
            }
        }
        return "Both agreed; introduce them: " + step + "introduced --via email";
    }
}
