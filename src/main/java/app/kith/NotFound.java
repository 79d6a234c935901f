package app.kith;

/** Something the account does not have, whether it exists for another account or not at all. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
