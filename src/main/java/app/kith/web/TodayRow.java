package app.kith.web;

import app.kith.planner.TodayItem;

/**
 * One item of the Today page: the plan's item, and what its actions need — the channel to
 * suggest, and the message starter it offers (a check-in, a reply, a birthday wish or an ask's
 * follow-up); for an introduction its people, state and steps ({@code intro}, null for other
 * items).
 */
public record TodayRow(TodayItem item, String planDate, String suggestedChannel, StarterView starter, String status,
                       IntroRow intro) {

    public long personId() {
        return item.person().id();
    }

    /** The ask of an ask item; null for the other items. */
    public TodayItem.AskRef ask() {
        return item instanceof TodayItem.AskFollowUp a ? a.ask() : null;
    }

    /** The introduction of an introduction item; null for the other items. */
    public TodayItem.IntroRef introduction() {
        return item instanceof TodayItem.IntroFollowUp s ? s.introduction() : null;
    }

    /** A word beside the name saying why someone is on the list out of the usual order, or null. */
    public String tag() {
        return item instanceof TodayItem.Birthday ? "birthday" : item instanceof TodayItem.JobChange ? "new job"
                : item.early() ? "ahead of time" : null;
    }
}
