package app.kith.web;

import app.kith.planner.TodayItem;

/**
 * One item of the Today page: the plan's item, and what its actions need — the channel to
 * suggest, and for someone due a check-in message starter (null for other kinds of items).
 */
public record TodayRow(TodayItem item, String planDate, String suggestedChannel, StarterView starter, String status) {

    public long personId() {
        return item.person().id();
    }
}
