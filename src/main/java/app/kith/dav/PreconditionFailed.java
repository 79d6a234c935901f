package app.kith.dav;

/**
 * A write refused because the card is not what the phone thinks (its If-Match names an older
 * version, or If-None-Match: * finds one already there): nothing was changed, the phone fetches
 * the card again and retries.
 */
public class PreconditionFailed extends RuntimeException {

    public PreconditionFailed(String message) {
        super(message);
    }
}
