package app.kith.web.trash;

import java.util.List;

/**
 * The Trash page: what was deleted in the last 30 days, kind by kind (people first), each with
 * Restore and Delete now; what the last action did.
 */
public record TrashView(List<Group> groups, String notice) {

    /** "Circles", and what is in the trash of that kind, the latest deleted first. */
    public record Group(String title, List<Row> rows) {
    }

    /** One thing: what it was, whom it was about, when it was deleted and when it goes for good. */
    public record Row(String kind, long id, String what, String about, String deleted, String goesOn) {
    }

    public boolean empty() {
        return groups.isEmpty();
    }
}
