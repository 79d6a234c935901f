package app.kith.web.who;

/**
 * Introducing a result to someone who is looking for what they know, in place: "Introduce to
 * Sam (looking for an accountant)", or once proposed ({@code introId} set) what was done with
 * Undo. {@code reason} is what the introduction is proposed for.
 */
public record IntroSlot(long personId, long seekerId, String seekerName, String need, String reason, Long introId,
                        String error, WhoFilters filters) {

    IntroSlot proposed(long id) {
        return new IntroSlot(personId, seekerId, seekerName, need, reason, id, null, filters);
    }

    IntroSlot refused(String message) {
        return new IntroSlot(personId, seekerId, seekerName, need, reason, introId, message, filters);
    }
}
