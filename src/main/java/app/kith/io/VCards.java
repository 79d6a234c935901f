package app.kith.io;

import app.kith.Invalid;
import app.kith.person.Lenient;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * One person as one vCard and back, for an app that syncs contacts one card at a time (CardDAV):
 * the same fields, and the same {@code X-KITH-} properties, as a vCard export and import.
 * Cards are written as vCard 3.0, which every phone reads.
 */
public final class VCards {

    private static final VCardWriter WRITER = new VCardWriter(VCardVersion.V3_0);

    private VCards() {
    }

    public static String write(Person person, String uid) {
        return WRITER.text(person, uid);
    }

    /**
     * What a card says: its UID (null when it has none), the person as a draft, and whether it
     * carries a note at all (a card without NOTE says nothing about the notes, see the caller).
     */
    public record Card(String uid, PersonDraft draft, boolean hasNote) {
    }

    /** Reads exactly one card; a text that is none, or a card with nothing to call the person by, is refused. */
    public static Card read(String text) {
        List<VCard> cards;
        try {
            cards = Ezvcard.parse(text).all();
        } catch (RuntimeException e) {
            throw new Invalid("vcard", "The body is not a vCard: " + e.getMessage());
        }
        if (cards.size() != 1) {
            throw new Invalid("vcard", "The body must hold exactly one vCard, not " + cards.size());
        }
        VCard card = cards.get(0);
        PersonDraft draft = VCardDraft.of(card, new ArrayList<Lenient.Dropped>());
        if (draft == null) {
            throw new Invalid("vcard", "The card has no name, email or company to call the person by");
        }
        String uid = card.getUid() == null || card.getUid().getValue() == null || card.getUid().getValue().isBlank() ? null
                : card.getUid().getValue().strip();
        return new Card(uid, draft, !card.getNotes().isEmpty());
    }
}
