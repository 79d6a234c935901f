package app.kith.person;

import app.kith.Invalid;

/**
 * A person's photo: a small JPEG or PNG, told apart by its first bytes (whatever a file claims),
 * at most {@link #MAX_BYTES}. Anything else is refused, so only a picture is ever served back.
 */
public record Photo(String mediaType, byte[] bytes) {

    public static final int MAX_BYTES = 200 * 1024;

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    /** The photo these bytes are; Invalid when they are no JPEG or PNG, or too large. */
    public static Photo of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new Invalid("photo", "the photo is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Invalid("photo", "the photo is " + bytes.length / 1024 + " KB; Kith keeps photos of at most "
                    + MAX_BYTES / 1024 + " KB");
        }
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            return new Photo(JPEG, bytes);
        }
        if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return new Photo(PNG, bytes);
        }
        throw new Invalid("photo", "the photo is neither a JPEG nor a PNG");
    }
}
