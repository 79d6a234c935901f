package app.kith.intro;

/**
 * Which introductions to list, newest first: {@code open} true (being asked or made, no outcome
 * yet) or false (closed), a {@code state}, a person on either side; each filter optional.
 */
public record IntroQuery(Boolean open, String state, Long personId, int limit, int offset) {

    public static final int MAX_PAGE = 1_000;

    public static IntroQuery all() {
        return new IntroQuery(null, null, null, MAX_PAGE, 0);
    }

    public IntroQuery onlyOpen() {
        return new IntroQuery(true, state, personId, limit, offset);
    }

    public IntroQuery withPerson(Long id) {
        return new IntroQuery(open, state, id, limit, offset);
    }

    public IntroQuery page(int newLimit, int newOffset) {
        return new IntroQuery(open, state, personId, newLimit, newOffset);
    }
}
