package app.kith.web;

import java.util.List;

/**
 * A page of a person's touchpoints, newest first, with what files changed about them between
 * (their new role, company, town): {@code olderUrl} fetches the next page (null when there is
 * none), {@code first} says whether this is the newest page.
 */
public record TimelineView(long personId, List<TimelineEntry> entries, String olderUrl, boolean first) {

    /**
     * One touchpoint in words: the date, how, who reached out, the note (or null); or, when
     * {@code change} is set, a profile change ("Role: Engineer → Staff Engineer at Stripe") and
     * where it came from in {@code channel} ("from LinkedIn import").
     */
    public record TimelineEntry(String date, String iso, String channel, String direction, String note, String change) {

        TimelineEntry(String date, String iso, String channel, String direction, String note) {
            this(date, iso, channel, direction, note, null);
        }
    }

    /** Whether the page shows any touchpoint (profile changes alone are no contact). */
    public boolean hasTouchpoints() {
        return entries.stream().anyMatch(e -> e.change() == null);
    }
}
