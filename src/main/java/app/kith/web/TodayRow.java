package app.kith.web;

import app.kith.planner.TodayItem;

/**
 * One item of the Today page: the plan's item, and what its actions need — the channel to
 * suggest, and a message starter (editable text, a mailto: link); for an introduction its
 * people, state and steps ({@code intro}, null for other items).
 */
public record TodayRow(TodayItem item, String planDate, String suggestedChannel, String starter, String mailto,
                       String status, IntroRow intro) {

    public long personId() {
        return item.person().id();
    }
}
