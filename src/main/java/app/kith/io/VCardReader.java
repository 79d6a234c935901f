package app.kith.io;

import app.kith.Invalid;
import app.kith.person.Lenient;
import app.kith.person.PersonDraft;
import ezvcard.VCard;
import ezvcard.property.Member;
import ezvcard.property.RawProperty;
import java.io.BufferedReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a vCard file (2.1, 3.0 or 4.0; what Apple Contacts, Android, Google, Outlook and
 * Thunderbird export) one card at a time, so a file of any number of cards takes the memory of
 * one. The file must be UTF-8, as every one of those apps writes it; within a vCard 2.1 card,
 * quoted-printable values in another {@code CHARSET} are decoded by ez-vcard. Each card becomes a
 * {@link Contact} on the line of its {@code BEGIN:VCARD} (see {@link VCardDraft} for what is kept:
 * photos and {@code X-} properties other than Kith's own are not); a card with nothing to call
 * the person by is {@link Skipped}. A group card (vCard 4's {@code KIND:group}, Apple's
 * {@code X-ADDRESSBOOKSERVER-KIND:group}) is no person: it is handed on as a {@link GroupCard}
 * with the references of its members, which may come before or after it.
 */
final class VCardReader implements ContactReader {

    static final String WHAT = "a vCard file";
    private static final String APPLE_KIND = "X-ADDRESSBOOKSERVER-KIND";
    private static final String APPLE_MEMBER = "X-ADDRESSBOOKSERVER-MEMBER";

    @Override
    public void read(InputStream in, ContactSink sink) {
        TextInput text = TextInput.utf8(in);
        VCardLines lines = new VCardLines(text);
        int[] cards = {0};
        TextInput.guard(WHAT, () -> {
            // ez-vcard reads from what it is given without closing it; the caller owns the stream.
            var cardReader = new ezvcard.io.text.VCardReader(new BufferedReader(lines));
            VCard card;
            while ((card = cardReader.readNext()) != null) {
                cards[0]++;
                hand(card, lines.nextBegin(), sink);
            }
        });
        if (!text.sawAnything()) {
            throw new Invalid("file", "The file is not " + WHAT + ": it is empty");
        }
        if (cards[0] == 0) {
            throw new Invalid("file", "The file is not " + WHAT + ": it has no BEGIN:VCARD line, so no card");
        }
    }

    private static void hand(VCard card, int line, ContactSink sink) {
        if (isGroup(card)) {
            group(card, line, sink);
            return;
        }
        List<Lenient.Dropped> dropped = new ArrayList<>();
        PersonDraft draft = VCardDraft.of(card, dropped);
        if (draft == null) {
            sink.skipped(new Skipped(line, VCardDraft.what(card), "no name, email or company"));
        } else {
            sink.contact(new Contact(line, draft, null, VCardDraft.uid(card), dropped));
        }
    }

    /** vCard 4's KIND:group, or Apple's X-ADDRESSBOOKSERVER-KIND:group (iCloud's groups in a 3.0 file). */
    private static boolean isGroup(VCard card) {
        if (card.getKind() != null && card.getKind().isGroup()) {
            return true;
        }
        RawProperty apple = card.getExtendedProperty(APPLE_KIND);
        return apple != null && apple.getValue() != null && apple.getValue().strip().equalsIgnoreCase("group");
    }

    /** A group is a circle, never a person: its name, and its members as the references they are named by. */
    private static void group(VCard card, int line, ContactSink sink) {
        String name = VCardDraft.name(card);
        if (name == null) {
            sink.skipped(new Skipped(line, null, "a group card without a name"));
            return;
        }
        List<String> members = new ArrayList<>();
        card.getMembers().stream().map(Member::getUri).filter(u -> u != null && !u.isBlank())
                .forEach(u -> members.add(VCardDraft.reference(u)));
        card.getExtendedProperties(APPLE_MEMBER).stream().map(RawProperty::getValue).filter(u -> u != null && !u.isBlank())
                .forEach(u -> members.add(VCardDraft.reference(u)));
        sink.group(new GroupCard(line, name, members.stream().distinct().toList()));
    }
}
