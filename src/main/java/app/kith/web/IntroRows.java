package app.kith.web;

import app.kith.account.Settings;
import app.kith.intro.IntroState;
import app.kith.intro.IntroStep;
import app.kith.intro.Introduction;
import app.kith.intro.OptIn;
import app.kith.person.Person;
import app.kith.planner.TodayItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Introductions in the words and buttons of the pages: where one stands, and the one-click steps
 * that move it on. A person's page and the Introductions page offer every next step; a Today item
 * only the step it is there for.
 */
final class IntroRows {

    private static final List<IntroRow.Button> OUTCOMES = List.of(new IntroRow.Button("met", "They met", true),
            new IntroRow.Button("no-reply", "No reply", false), new IntroRow.Button("not-a-fit", "Not a fit", false));

    private IntroRows() {
    }

    /** An introduction with all its next steps; {@code people} holds both (for their emails). */
    static IntroRow of(Introduction i, Map<Long, Person> people, Settings settings) {
        List<IntroRow.Step> steps = new ArrayList<>();
        List<IntroMessage> messages = new ArrayList<>();
        boolean introduce = false;
        if (i.state() == IntroState.PROPOSED) {
            for (Introduction.Side side : List.of(i.personA(), i.personB())) {
                String first = MessageStarter.firstName(side.name());
                if (side.answer() == null) {
                    steps.add(new IntroRow.Step(side.id(), List.of(new IntroRow.Button("asked", "Asked " + first, true))));
                } else if (side.answer() == OptIn.ASKED) {
                    steps.add(new IntroRow.Step(side.id(), answers(first, "Asked " + first + " again")));
                }
                if (side.answer() == null || side.answer() == OptIn.ASKED) {
                    messages.add(optIn(i, side, people));
                }
            }
            introduce = bothAgreed(i);
            if (introduce) {
                messages.add(introduction(i, people));
            }
        } else if (i.state() == IntroState.INTRODUCED) {
            steps.add(new IntroRow.Step(null, OUTCOMES));
            messages.add(didYouMeet(i, people));
        }
        return row(i, steps, introduce, messages, next(i, settings));
    }

    /** The introduction behind a Today item, with the step that item is for (none once it is done). */
    static IntroRow forItem(Introduction i, TodayItem item, Map<Long, Person> people) {
        List<IntroRow.Step> steps = new ArrayList<>();
        List<IntroMessage> messages = new ArrayList<>();
        boolean introduce = false;
        if (!item.done()) {
            switch (item.introduction().step()) {
                case "answer" -> {
                    Introduction.Side side = i.side(item.person().id());
                    steps.add(new IntroRow.Step(side.id(), answers(MessageStarter.firstName(side.name()), "Asked again")));
                    messages.add(optIn(i, side, people));
                }
                case "introduce" -> {
                    introduce = true;
                    messages.add(introduction(i, people));
                }
                default -> {
                    steps.add(new IntroRow.Step(null, OUTCOMES));
                    messages.add(didYouMeet(i, people));
                }
            }
        }
        return row(i, steps, introduce, messages, null);
    }

    /** What a Today item of the plan's {@code day} says once acted on: the step that settled it. */
    static String status(TodayItem item, Introduction i, LocalDate day) {
        String action = item.action() == null ? "" : item.action();
        return switch (action) {
            case "asked" -> "✓ Asked again";
            case "agreed", "declined" -> "✓ " + i.steps().stream()
                    .filter(s -> s.on().equals(day) && s.kind().equals(action) && s.personId() != null
                            && (action.equals("declined") || s.personId() == item.person().id()))
                    .findFirst().map(s -> MessageStarter.firstName(i.side(s.personId()).name())).orElse("They")
                    + " " + action;
            case "introduced" -> "✓ Introduced";
            case "met" -> "✓ They met";
            case "no-reply" -> "✓ No reply";
            case "not-a-fit" -> "✓ Not a fit";
            default -> "✓ Done";
        };
    }

    /**
     * The step a button posts: {@code asked}, {@code agreed} or {@code declined} about the side
     * {@code personId}, {@code introduced} by {@code channel}, or an outcome ({@code met},
     * {@code no-reply}, {@code not-a-fit}); the feature checks it.
     */
    static IntroStep step(String step, Long personId, String channel, LocalDate on) {
        String kind = step == null ? "" : step.strip();
        if (IntroState.OUTCOMES.stream().anyMatch(o -> o.key().equals(kind))) {
            return IntroStep.outcome(kind, on);
        }
        return new IntroStep(kind, personId, on, kind.equals("introduced") ? channel : null, null, null);
    }

    private static List<IntroRow.Button> answers(String first, String askedAgain) {
        return List.of(new IntroRow.Button("agreed", first + " agreed", true),
                new IntroRow.Button("declined", first + " declined", false),
                new IntroRow.Button("asked", askedAgain, false));
    }

    private static IntroRow row(Introduction i, List<IntroRow.Step> steps, boolean introduce, List<IntroMessage> messages,
                                String next) {
        return new IntroRow(i.id(), who(i.personA()), who(i.personB()), i.reason(), i.state().key(), status(i), sides(i),
                next, i.open(), steps, introduce, messages);
    }

    private static IntroRow.Who who(Introduction.Side side) {
        return new IntroRow.Who(side.id(), side.name());
    }

    private static String status(Introduction i) {
        String introduced = i.introducedOn() == null ? "" : " · introduced on " + Days.date(i.introducedOn());
        return switch (i.state()) {
            case PROPOSED -> "Proposed on " + Days.date(i.proposedOn());
            case INTRODUCED -> "Introduced on " + Days.date(i.introducedOn())
                    + (i.channel() == null ? "" : " by " + Choices.label(Choices.CHANNELS, i.channel().key()).toLowerCase(Locale.ROOT));
            case DECLINED -> List.of(i.personA(), i.personB()).stream().filter(s -> s.answer() == OptIn.DECLINED)
                    .map(s -> s.name() + " declined on " + Days.date(s.answeredOn())).findFirst()
                    .orElse("Declined on " + Days.date(i.closedOn()));
            case MET -> "They met" + introduced;
            case NO_REPLY -> "No reply" + introduced;
            case NOT_A_FIT -> "Not a fit" + introduced;
        };
    }

    /** Each side's answer, while they are being asked. */
    private static List<String> sides(Introduction i) {
        if (i.state() != IntroState.PROPOSED) {
            return List.of();
        }
        return List.of(i.personA(), i.personB()).stream().map(s -> s.answer() == null ? s.name() + ": not asked yet"
                : s.answer() == OptIn.ASKED ? s.name() + ": asked on " + Days.date(s.askedOn()) + ", no answer yet"
                : s.name() + " " + s.answer().key() + " on " + Days.date(s.answeredOn())).toList();
    }

    private static String next(Introduction i, Settings settings) {
        if (i.state() == IntroState.INTRODUCED) {
            return "Kith asks you how it went on " + Days.date(i.introducedOn().plusDays(settings.introFollowUpDays())) + ".";
        }
        if (i.state() != IntroState.PROPOSED) {
            return null;
        }
        if (bothAgreed(i)) {
            return "Both agreed: introduce them.";
        }
        for (Introduction.Side side : List.of(i.personA(), i.personB())) {
            if (side.answer() == null) {
                return "Next: ask " + MessageStarter.firstName(side.name()) + " whether they'd like to meet "
                        + MessageStarter.firstName(i.other(side.id()).name()) + ".";
            }
        }
        return "Waiting for an answer. Kith brings it back on Today after " + Wording.days(settings.followUpDays())
                + " without one.";
    }

    private static boolean bothAgreed(Introduction i) {
        return i.personA().answer() == OptIn.AGREED && i.personB().answer() == OptIn.AGREED;
    }

    private static IntroMessage optIn(Introduction i, Introduction.Side side, Map<Long, Person> people) {
        Introduction.Side other = i.other(side.id());
        return IntroMessages.optIn("ask-" + side.id(), party(side, people), party(other, people), i.reason());
    }

    private static IntroMessage introduction(Introduction i, Map<Long, Person> people) {
        return IntroMessages.introduction("introduce", party(i.personA(), people), party(i.personB(), people), i.reason());
    }

    private static IntroMessage didYouMeet(Introduction i, Map<Long, Person> people) {
        return IntroMessages.didYouMeet("met", party(i.personA(), people), party(i.personB(), people));
    }

    private static IntroMessages.Party party(Introduction.Side side, Map<Long, Person> people) {
        Person p = people.get(side.id());
        return new IntroMessages.Party(side.name(), p == null || p.emails().isEmpty() ? null : p.emails().get(0));
    }
}
