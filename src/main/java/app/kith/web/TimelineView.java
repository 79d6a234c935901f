package app.kith.web;

import java.util.List;

/**
 * A page of a person's touchpoints, newest first: {@code olderUrl} fetches the next page (null
 * when there is none), {@code first} says whether this is the newest page. Above the entries,
 * what was just corrected ({@code status}) or deleted ({@code deleted}, with its undo), or null.
 */
public record TimelineView(long personId, List<TimelineEntry> entries, String olderUrl, boolean first, String status,
                           Deleted deleted) {

    /** One touchpoint in words: its id, the date, how, who reached out, the note (or null). */
    public record TimelineEntry(long id, String date, String iso, String channel, String direction, String note) {
    }

    /** A touchpoint just deleted: what it was, in words, and the form that logs it again (Undo). */
    public record Deleted(long personId, String what, TouchpointForm again) {
    }
}
