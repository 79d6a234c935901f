package app.kith.web.people;

import app.kith.person.People;

/**
 * The offer to undo a delete: "Ada Lovelace was deleted. Undo". A page that is sent
 * {@code ?deleted=ID} after a delete shows it with {@code @template.undo-banner(frame, undo)}.
 */
public record UndoBanner(long personId, String name) {

    /**
     * The offer for the person an address says was just deleted; null when there is nothing to
     * undo (no id, not deleted, deleted too long ago, or not this account's).
     */
    public static UndoBanner of(People people, long accountId, Long deletedId) {
        if (deletedId == null) {
            return null;
        }
        return people.recentlyDeleted(accountId, deletedId).map(d -> new UndoBanner(d.id(), d.name())).orElse(null);
    }
}
