package app.kith.web;

import app.kith.planner.TodayItem;

/**
 * One item of the Today page: the plan's item, and what its actions need — the channel to
 * suggest, and for someone due a check-in message starter (null for other kinds of items); for
 * an introduction its people, state and steps ({@code intro}, null for other items).
 */
public record TodayRow(TodayItem item, String planDate, String suggestedChannel, StarterView starter, String status,
                       IntroRow intro) {

    public long personId() {
        return item.person().id();
    }
}
