package app.kith.dav;

/**
 * One person as an address book entry: {@code name} is the last part of its address
 * ({@code kith-42.vcf}), {@code etag} a strong entity tag (quoted) that changes whenever the card's text
 * does, {@code vcard} the card.
 */
public record Card(String name, String etag, String vcard) {
}
