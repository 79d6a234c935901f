package app.kith.digest;

import java.time.Instant;

/**
 * What a link from the morning email turned out to be. {@code VALID} links name the account, the
 * action ({@code done}: {@code name} was in touch today, or followed up on ask {@code askId};
 * {@code unsubscribe}) and the person; expired and tampered links name nothing.
 */
public record LinkCheck(State state, String action, long accountId, long personId, Long askId, String name,
                        Instant expires) {

    public enum State { VALID, EXPIRED, INVALID }

    static LinkCheck refused(State state) {
        return new LinkCheck(state, null, 0, 0, null, null, null);
    }

    public boolean valid() {
        return state == State.VALID;
    }
}
