package app.kith.io;

import app.kith.Invalid;
import app.kith.person.Photo;
import ezvcard.VCard;

/**
 * The photo a card carries inline (PHOTO, in any vCard version), when it is a small JPEG or PNG
 * (see {@link Photo}); null for none. A photo only linked to (a URL) is never fetched, and one too
 * large or of another kind is left out: the person comes in without it.
 */
final class VCardPhoto {

    private VCardPhoto() {
    }

    static Photo of(VCard card) {
        for (ezvcard.property.Photo p : card.getPhotos()) {
            byte[] data = p.getData();
            if (data != null && data.length > 0) {
                try {
                    return Photo.of(data);
                } catch (Invalid notKept) {
                    // the next PHOTO of the card, if any, may do
                }
            }
        }
        return null;
    }
}
