package app.kith.dav;

/** A sync token this address book never gave (RFC 6578: the phone starts over with a full sync). */
public class InvalidSyncToken extends RuntimeException {

    public InvalidSyncToken(String token) {
        super("Unknown sync token: " + token);
    }
}
