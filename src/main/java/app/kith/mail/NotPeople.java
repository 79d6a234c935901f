package app.kith.mail;

import java.util.Locale;
import java.util.Set;

/**
 * Addresses that are machines, not people: mail from them is never a touchpoint nor a suggestion,
 * whatever the ignore list says.
 */
final class NotPeople {

    private static final Set<String> LOCAL_PARTS = Set.of("noreply", "no-reply", "no_reply", "donotreply",
            "do-not-reply", "do_not_reply", "mailer-daemon", "postmaster", "bounce", "bounces");

    private NotPeople() {
    }

    static boolean machine(String email) {
        int at = email.indexOf('@');
        String local = (at < 0 ? email : email.substring(0, at)).toLowerCase(Locale.ROOT);
        int plus = local.indexOf('+');
        return LOCAL_PARTS.contains(plus < 0 ? local : local.substring(0, plus))
                || local.startsWith("noreply") || local.startsWith("no-reply");
    }

    /** Precedence values a mailing list or a bulk sender writes. */
    static boolean bulkPrecedence(String precedence) {
        String p = precedence == null ? "" : precedence.strip().toLowerCase(Locale.ROOT);
        return p.equals("bulk") || p.equals("list") || p.equals("junk");
    }
}
