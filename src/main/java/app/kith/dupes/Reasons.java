package app.kith.dupes;

import app.kith.person.Identities;
import app.kith.person.Person;

/** A finder's reason in words: identity keys become "same email …", "same LinkedIn profile", "same phone …". */
final class Reasons {

    private Reasons() {
    }

    static String words(String reason, Person a) {
        if (reason.startsWith("email:")) {
            return "same email " + reason.substring("email:".length());
        }
        if (reason.startsWith("linkedin:")) {
            return "same LinkedIn profile";
        }
        if (reason.startsWith("phone:")) {
            String typed = a.phones().stream().filter(p -> reason.equals(Identities.phoneKey(p))).findFirst()
                    .orElse(reason.substring("phone:".length()));
            return "same phone " + typed;
        }
        return reason;
    }
}
