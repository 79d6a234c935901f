package app.kith.web.person;

import java.util.List;

/**
 * A page of a person's touchpoints, newest first, with what files changed about them between
 * (their new role, company, town): {@code olderUrl} fetches the next page (null when there is
 * none), {@code first} says whether this is the newest page. Above the entries, what was just
 * corrected ({@code status}) or deleted ({@code deleted}, with its undo), or null.
 */
public record TimelineView(long personId, List<TimelineEntry> entries, String olderUrl, boolean first, String status,
                           Deleted deleted) {

    /**
     * One touchpoint in words: its id, the date, how, who reached out, the note (or null); or, when
     * {@code change} is set, a profile change ("Role: Engineer → Staff Engineer at Stripe"), with
     * where it came from in {@code channel} ("from LinkedIn import") and no id (0): it cannot be
     * edited as a touchpoint.
     */
    public record TimelineEntry(long id, String date, String iso, String channel, String direction, String note,
                                String change) {

        TimelineEntry(long id, String date, String iso, String channel, String direction, String note) {
            this(id, date, iso, channel, direction, note, null);
        }
    }

    /** A touchpoint just deleted: what it was, in words, and the form that logs it again (Undo). */
    public record Deleted(long personId, long touchpointId, String what) implements java.io.Serializable {
    }

    /** Whether the page shows any touchpoint (profile changes alone are no contact). */
    public boolean hasTouchpoints() {
        return entries.stream().anyMatch(e -> e.change() == null);
    }
}
