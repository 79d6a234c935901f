package app.kith.web;

import java.util.List;

/**
 * A page of a person's touchpoints, newest first: {@code olderUrl} fetches the next page (null
 * when there is none), {@code first} says whether this is the newest page.
 */
public record TimelineView(long personId, List<TimelineEntry> entries, String olderUrl, boolean first) {

    /** One touchpoint in words: the date, how, who reached out, the note (or null). */
    public record TimelineEntry(String date, String iso, String channel, String direction, String note) {
    }
}
