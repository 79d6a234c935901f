package app.kith.web.today;

import app.kith.planner.TodayItem;
import app.kith.web.Choices;
import app.kith.web.Dates;
import app.kith.web.StarterView;
import app.kith.web.introductions.IntroRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One item of the Today page: the plan's item, and what its actions need — the channel to
 * suggest, and the message starter it offers (a check-in, a reply, a birthday wish or an ask's
 * follow-up); for an introduction its people, state and steps ({@code intro}, null for other
 * items); the {@code card}: who it is about at a glance; {@code undo}: the Undo of an item acted on
 * today (null: none).
 */
public record TodayRow(TodayItem item, String planDate, String suggestedChannel, StarterView starter, String status,
                       IntroRow intro, TodayCard card, UndoOffer undo) {

    /** The item among the day's, as its element is named ({@code item-}key): the person, the ask or the introduction's side. */
    public String key() {
        return key(item);
    }

    /** What Done logs, for its tooltip: "Log a touchpoint: coffee, Saturday 5 December". */
    public String doneTitle() {
        return "Log a touchpoint: " + Choices.label(Choices.CHANNELS, suggestedChannel).toLowerCase(Locale.ROOT) + ", "
                + Dates.weekday(LocalDate.parse(planDate));
    }

    /** Skipped or snoozed: handled, but not done (its status has no tick). */
    public boolean putOff() {
        return status != null && !status.startsWith("✓");
    }

    /** The same row saying something else once acted on. */
    TodayRow saying(String status) {
        return new TodayRow(item, planDate, suggestedChannel, starter, status, intro, card, undo);
    }

    static String key(TodayItem item) {
        return item instanceof TodayItem.AskFollowUp a ? "ask-" + a.ask().id()
                : item instanceof TodayItem.IntroFollowUp s ? "intro-" + s.introduction().id() + "-" + item.person().id()
                : Long.toString(item.person().id());
    }

    public long personId() {
        return item.person().id();
    }

    /** The ask of an ask item; null for the other items. */
    public TodayItem.AskRef ask() {
        return item instanceof TodayItem.AskFollowUp a ? a.ask() : null;
    }

    /** The reminder of a reminder item; null for the other items. */
    public TodayItem.ReminderRef reminder() {
        return item instanceof TodayItem.Reminder r ? r.reminder() : null;
    }

    /** The introduction of an introduction item; null for the other items. */
    public TodayItem.IntroRef introduction() {
        return item instanceof TodayItem.IntroFollowUp s ? s.introduction() : null;
    }

    /** The step an introduction item offers first (its card's one action); null when it offers none or introduces. */
    public IntroRow.Button introPrimary() {
        return intro == null || intro.steps().isEmpty() ? null : intro.steps().get(0).buttons().get(0);
    }

    /** The other steps of an introduction item, for its menu. */
    public List<IntroRow.Button> introOthers() {
        return intro == null || intro.steps().isEmpty() ? List.of()
                : intro.steps().get(0).buttons().subList(1, intro.steps().get(0).buttons().size());
    }

    /** The side an introduction item's steps are about (null: both). */
    public Long introSide() {
        return intro == null || intro.steps().isEmpty() ? null : intro.steps().get(0).personId();
    }

    /** A word beside the name saying why someone is on the list out of the usual order, or null. */
    public String tag() {
        return item instanceof TodayItem.Birthday ? "birthday" : item instanceof TodayItem.JobChange ? "new job"
                : item instanceof TodayItem.Reminder ? "reminder" : item instanceof TodayItem.KeyDate ? "key date"
                : item.early() ? "ahead of time" : null;
    }
}
