package app.kith.web.introductions;

import app.kith.NotFound;
import app.kith.account.Account;
import app.kith.account.Settings;
import app.kith.intro.IntroState;
import app.kith.intro.IntroStep;
import app.kith.intro.Introduction;
import app.kith.intro.OptIn;
import app.kith.message.MessageKind;
import app.kith.message.Messages;
import app.kith.message.Template;
import app.kith.person.Person;
import app.kith.planner.TodayItem;
import app.kith.web.Choices;
import app.kith.web.Dates;
import app.kith.web.StarterView;
import app.kith.web.Starters;
import app.kith.web.Wording;
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
public final class IntroRows {

    private static final List<IntroRow.Button> OUTCOMES = List.of(new IntroRow.Button("met", "They met", true),
            new IntroRow.Button("no-reply", "No reply", false), new IntroRow.Button("not-a-fit", "Not a fit", false));

    private IntroRows() {
    }

    /** The account's message starters for each step, read once per page, and the name that signs them. */
    public record Templates(List<Template> optIns, List<Template> intros, List<Template> checks, String me) {

        public static Templates of(Messages messages, Account account) {
            long accountId = account.id();
            return new Templates(messages.templates(accountId, MessageKind.INTRO_OPT_IN),
                    messages.templates(accountId, MessageKind.INTRO), messages.templates(accountId, MessageKind.INTRO_CHECK),
                    account.settings().yourName());
        }
    }

    /** An introduction with all its next steps; {@code people} holds both (for their emails). */
    static IntroRow of(Introduction i, Map<Long, Person> people, Settings settings, Templates templates, LocalDate today) {
        List<IntroRow.Step> steps = new ArrayList<>();
        List<StarterView> messages = new ArrayList<>();
        boolean introduce = false;
        if (i.state() == IntroState.PROPOSED) {
            for (Introduction.Side side : List.of(i.personA(), i.personB())) {
                String first = Messages.firstName(side.name());
                if (side.answer() == null) {
                    steps.add(new IntroRow.Step(side.id(), List.of(new IntroRow.Button("asked", "Asked " + first, true))));
                } else if (side.answer() == OptIn.ASKED) {
                    steps.add(new IntroRow.Step(side.id(), answers(first, "Asked " + first + " again")));
                }
                if (side.answer() == null || side.answer() == OptIn.ASKED) {
                    messages.add(optIn(i, side, null, people, templates));
                }
            }
            introduce = bothAgreed(i);
            if (introduce) {
                messages.add(introduction(i, null, people, templates));
            }
        } else if (i.state() == IntroState.INTRODUCED) {
            steps.add(new IntroRow.Step(null, OUTCOMES));
            messages.add(check(i, null, people, templates, today));
        }
        return row(i, steps, introduce, messages, next(i, settings));
    }

    /** The introduction behind a Today item, with the step that item is for (none once it is done). */
    public static IntroRow forItem(Introduction i, TodayItem.IntroFollowUp item, Map<Long, Person> people, Templates templates,
                            LocalDate day) {
        List<IntroRow.Step> steps = new ArrayList<>();
        List<StarterView> messages = new ArrayList<>();
        boolean introduce = false;
        if (!item.done()) {
            switch (item.introduction().step()) {
                case "answer" -> {
                    Introduction.Side side = i.side(item.person().id());
                    steps.add(new IntroRow.Step(side.id(), answers(Messages.firstName(side.name()), "Asked again")));
                    messages.add(optIn(i, side, null, people, templates));
                }
                case "introduce" -> {
                    introduce = true;
                    messages.add(introduction(i, null, people, templates));
                }
                default -> {
                    steps.add(new IntroRow.Step(null, OUTCOMES));
                    messages.add(check(i, null, people, templates, day));
                }
            }
        }
        return row(i, steps, introduce, messages, null);
    }

    /** What a Today item of the plan's {@code day} says once acted on: the step that settled it. */
    public static String status(TodayItem.IntroFollowUp item, Introduction i, LocalDate day) {
        String action = item.action() == null ? "" : item.action();
        return switch (action) {
            case "asked" -> "✓ Asked again";
            case "agreed", "declined" -> "✓ " + i.steps().stream()
                    .filter(s -> s.on().equals(day) && s.kind().equals(action) && s.personId() != null
                            && (action.equals("declined") || s.personId() == item.person().id()))
                    .findFirst().map(s -> Messages.firstName(i.side(s.personId()).name())).orElse("They")
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
    public static IntroStep step(String step, Long personId, String channel, LocalDate on) {
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

    /**
     * One message of an introduction with the template {@code key} (see {@link Starters}):
     * {@code slot} says which, as {@link Starters} names them ({@code ask-}person id,
     * {@code introduce}, {@code check}). NotFound for a slot the introduction has no side for.
     */
    static StarterView starter(Introduction i, String slot, String key, Map<Long, Person> people, Templates templates,
                               LocalDate today) {
        String s = slot == null ? "" : slot;
        if (s.equals("introduce")) {
            return introduction(i, key, people, templates);
        }
        if (s.equals("check")) {
            return check(i, key, people, templates, today);
        }
        Introduction.Side side = s.matches("ask-\\d{1,18}") ? i.side(Long.parseLong(s.substring(4))) : null;
        if (side == null) {
            throw new NotFound("No message " + slot + " for introduction " + i.id());
        }
        return optIn(i, side, key, people, templates);
    }

    private static IntroRow row(Introduction i, List<IntroRow.Step> steps, boolean introduce, List<StarterView> messages,
                                String next) {
        return new IntroRow(i.id(), who(i.personA()), who(i.personB()), i.reason(), i.state().key(), status(i), sides(i),
                next, i.open(), steps, introduce, messages);
    }

    private static IntroRow.Who who(Introduction.Side side) {
        return new IntroRow.Who(side.id(), side.name());
    }

    private static String status(Introduction i) {
        String introduced = i.introducedOn() == null ? "" : " · introduced on " + Dates.date(i.introducedOn());
        return switch (i.state()) {
            case PROPOSED -> "Proposed on " + Dates.date(i.proposedOn());
            case INTRODUCED -> "Introduced on " + Dates.date(i.introducedOn())
                    + (i.channel() == null ? "" : " by " + Choices.label(Choices.CHANNELS, i.channel().key()).toLowerCase(Locale.ROOT));
            case DECLINED -> List.of(i.personA(), i.personB()).stream().filter(s -> s.answer() == OptIn.DECLINED)
                    .map(s -> s.name() + " declined on " + Dates.date(s.answeredOn())).findFirst()
                    .orElse("Declined on " + Dates.date(i.closedOn()));
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
                : s.answer() == OptIn.ASKED ? s.name() + ": asked on " + Dates.date(s.askedOn()) + ", no answer yet"
                : s.name() + " " + s.answer().key() + " on " + Dates.date(s.answeredOn())).toList();
    }

    private static String next(Introduction i, Settings settings) {
        if (i.state() == IntroState.INTRODUCED) {
            return "Kith asks you how it went on " + Dates.date(i.introducedOn().plusDays(settings.introFollowUpDays())) + ".";
        }
        if (i.state() != IntroState.PROPOSED) {
            return null;
        }
        if (bothAgreed(i)) {
            return "Both agreed: introduce them.";
        }
        for (Introduction.Side side : List.of(i.personA(), i.personB())) {
            if (side.answer() == null) {
                return "Next: ask " + Messages.firstName(side.name()) + " whether they'd like to meet "
                        + Messages.firstName(i.other(side.id()).name()) + ".";
            }
        }
        return "Waiting for an answer. Kith brings it back on Today after " + Wording.days(settings.followUpDays())
                + " without one.";
    }

    private static boolean bothAgreed(Introduction i) {
        return i.personA().answer() == OptIn.AGREED && i.personB().answer() == OptIn.AGREED;
    }

    private static StarterView optIn(Introduction i, Introduction.Side side, String key, Map<Long, Person> people,
                                     Templates templates) {
        return Starters.introOptIn(templates.optIns(), key, i.id(), side(side, people), side(i.other(side.id()), people),
                i.reason(), templates.me());
    }

    private static StarterView introduction(Introduction i, String key, Map<Long, Person> people, Templates templates) {
        return Starters.introduction(templates.intros(), key, i.id(), side(i.personA(), people), side(i.personB(), people),
                i.reason(), templates.me());
    }

    private static StarterView check(Introduction i, String key, Map<Long, Person> people, Templates templates,
                                     LocalDate today) {
        return Starters.introCheck(templates.checks(), key, i.id(), side(i.personA(), people), side(i.personB(), people),
                i.reason(), i.introducedOn(), today, templates.me());
    }

    /** A side with the first of their emails (the one a message goes to), none when unknown. */
    private static Starters.Side side(Introduction.Side side, Map<Long, Person> people) {
        Person p = people.get(side.id());
        return new Starters.Side(side.id(), side.name(), p == null ? List.of() : p.emails().stream().limit(1).toList());
    }
}
