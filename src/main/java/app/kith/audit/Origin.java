package app.kith.audit;

/**
 * Where an action came from: the client's address (behind a trusted proxy, the one it forwarded)
 * and a short name of its software ("Firefox on Linux", "curl"). Both may be null (the CLI).
 */
public record Origin(String ip, String agent) {

    public static final Origin NONE = new Origin(null, null);

    /** The address and a short form of a User-Agent header, each cut to what a row needs. */
    public static Origin of(String ip, String userAgent) {
        return new Origin(cut(ip, 64), Agents.shorten(userAgent));
    }

    private static String cut(String text, int max) {
        return text == null || text.isBlank() ? null : text.length() <= max ? text : text.substring(0, max);
    }
}
