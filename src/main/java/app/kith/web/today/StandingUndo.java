package app.kith.web.today;

import app.kith.account.Account;
import app.kith.ask.Ask;
import app.kith.ask.AskEvent;
import app.kith.ask.AskEventKind;
import app.kith.ask.Asks;
import app.kith.intro.Introduction;
import app.kith.intro.Introductions;
import app.kith.person.Clocks;
import app.kith.person.Marks;
import app.kith.person.MarksChange;
import app.kith.planner.TodayItem;
import app.kith.touchpoint.Touchpoint;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * The Undo an item of today's plan keeps all day, found again from what is stored once the
 * response that offered it is gone (a reload, a browser without JavaScript): the same
 * {@link UndoOffer} the action gave, posting to {@link TodayUndo}. Only today's plan offers it:
 * another day's list is history or a preview.
 */
@Component
class StandingUndo {

    private final Clocks clocks;
    private final Asks asks;
    private final Introductions introductions;

    StandingUndo(Clocks clocks, Asks asks, Introductions introductions) {
        this.clocks = clocks;
        this.asks = asks;
        this.introductions = introductions;
    }

    /**
     * The Undo of an item acted on, or null: {@code last} is the person's latest touchpoint,
     * {@code intro} the introduction of an introduction item (null for the others).
     */
    UndoOffer of(Account account, LocalDate day, TodayItem item, Touchpoint last, Introduction intro) {
        if (!item.done()) {
            return null;
        }
        if (item instanceof TodayItem.AskFollowUp a) {
            return ask(day, asks.get(account, a.ask().id(), day));
        }
        if (item instanceof TodayItem.IntroFollowUp) {
            return intro(day, intro, item.person().id());
        }
        long personId = item.person().id();
        return switch (TodayItem.personAction(item)) {
            case LOGGED -> last != null && last.on().equals(day) ? logged(account, day, personId, last) : null;
            // What the marks were before today's skip or snooze was not stored. On today's plan
            // "not skipped today" and "awake" are right: the person was on the list to be acted on,
            // so neither hid them this morning; the other mark stays as it is.
            case SKIPPED -> marks(account, "skip", day, personId,
                    now -> new Marks(null, now.snoozedOn(), now.snoozedUntil()));
            case SNOOZED -> marks(account, "snooze", day, personId, now -> new Marks(now.skippedOn(), null, null));
        };
    }

    /**
     * The Undo of the touchpoint that checked a person's item off: a plain Done deletes it; an ask
     * recorded from the item goes whole while nothing followed it; a touchpoint an ask's or an
     * introduction's later step logged is undone on that item, not here.
     */
    private UndoOffer logged(Account account, LocalDate day, long personId, Touchpoint last) {
        if (introductions.logged(account.id(), last.id())) {
            return null;
        }
        Ask ask = asks.loggedBy(account, last.id(), day).orElse(null);
        if (ask == null) {
            return UndoOffer.done(personId, day, last);
        }
        return ask.events().size() == 1 && ask.askedOn().equals(day) ? UndoOffer.asked(personId, day, ask.id()) : null;
    }


    private UndoOffer marks(Account account, String what, LocalDate day, long personId, UnaryOperator<Marks> before) {
        Marks now = clocks.marks(account.id(), personId);
        return UndoOffer.marks(what, day, new MarksChange(personId, before.apply(now), now));
    }

    /** The ask's latest step when it was taken that day, and is not the asking itself. */
    private static UndoOffer ask(LocalDate day, Ask ask) {
        AskEvent latest = ask.events().stream().max(Comparator.comparingLong(AskEvent::id)).orElse(null);
        return latest == null || latest.kind() == AskEventKind.ASKED || !latest.on().equals(day) ? null
                : UndoOffer.ask(day, ask);
    }

    /** The introduction's latest step when it was taken that day, and is not the proposal itself. */
    private static UndoOffer intro(LocalDate day, Introduction intro, long personId) {
        List<Introduction.Step> steps = intro == null ? List.of() : intro.steps();
        return steps.size() < 2 || !steps.get(steps.size() - 1).on().equals(day) ? null
                : UndoOffer.intro(day, intro, personId);
    }
}
