package app.kith.web;

/**
 * Where a form may send the browser back to: a path on this site only, so a crafted link can
 * never turn Kith into a redirector to somewhere else ({@code //evil.example}, {@code /\evil}).
 */
public final class LocalPath {

    private LocalPath() {
    }

    /** The path when it is local to this site, else null. */
    public static String orNull(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.length() > 500) {
            return null;
        }
        boolean plain = path.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '\\');
        return plain ? path : null;
    }
}
