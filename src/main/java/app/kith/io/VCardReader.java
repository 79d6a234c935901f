package app.kith.io;

import app.kith.Invalid;
import app.kith.person.PersonDraft;
import ezvcard.VCard;
import java.io.BufferedReader;
import java.io.InputStream;

/**
 * Reads a vCard file (2.1, 3.0 or 4.0; what Apple Contacts, Android, Google, Outlook and
 * Thunderbird export) one card at a time, so a file of any number of cards takes the memory of
 * one. The file must be UTF-8, as every one of those apps writes it; within a vCard 2.1 card,
 * quoted-printable values in another {@code CHARSET} are decoded by ez-vcard. Each card becomes a
 * {@link Contact} on the line of its {@code BEGIN:VCARD} (see {@link VCardDraft} for what is kept:
 * {@code X-} properties other than Kith's own are not), with its photo ({@link VCardPhoto}); a
 * card with nothing to call the person by is {@link Skipped}.
 */
final class VCardReader implements ContactReader {

    static final String WHAT = "a vCard file";

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
        PersonDraft draft = VCardDraft.of(card);
        if (draft == null) {
            sink.skipped(new Skipped(line, "no name, email or company"));
        } else {
            sink.contact(new Contact(line, draft, null, VCardPhoto.of(card)));
        }
    }
}
