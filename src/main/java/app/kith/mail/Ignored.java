package app.kith.mail;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** An account's ignore list: whole addresses ({@code ada@example.com}) and domains ({@code @example.com}). */
record Ignored(Set<String> patterns) {

    static Ignored of(Collection<String> patterns) {
        return new Ignored(new HashSet<>(patterns));
    }

    boolean covers(String email) {
        int at = email.lastIndexOf('@');
        return patterns.contains(email) || (at >= 0 && patterns.contains(email.substring(at)));
    }

    /** An address or {@code @domain} as stored: lower case, trimmed; null when it is neither. */
    static String pattern(String typed) {
        String p = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (p.startsWith("@")) {
            return p.length() > 2 && p.indexOf('.') > 1 && p.indexOf('@', 1) < 0 && !p.contains(" ") ? p : null;
        }
        int at = p.indexOf('@');
        return at > 0 && at == p.lastIndexOf('@') && at < p.length() - 1 && !p.contains(" ") ? p : null;
    }
}
