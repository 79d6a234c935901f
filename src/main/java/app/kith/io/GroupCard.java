package app.kith.io;

import java.util.List;

/**
 * A card that is a group, not a person (vCard 4's {@code KIND:group}, Apple's
 * {@code X-ADDRESSBOOKSERVER-KIND:group}): its name, which becomes a circle, and its members as
 * the references they are named by, {@code uid:…} (another card's UID) or {@code email:…}. The
 * members may come before or after it in the file.
 */
record GroupCard(int line, String name, List<String> members) {

    GroupCard {
        members = List.copyOf(members);
    }
}
