package app.kith.io;

import app.kith.person.Lenient;
import app.kith.person.PersonDraft;
import ezvcard.VCard;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.TextListProperty;
import ezvcard.property.TextProperty;
import ezvcard.property.VCardProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a card says about a person, as a {@link PersonDraft}: the fields every contacts app
 * writes, and the {@code X-KITH-} ones Kith writes (see {@link VCardKith}). Anything else (photos,
 * other {@code X-} properties, several addresses beyond the first town) is not kept: a draft has
 * no place for it. Checking the values is left to the person feature, which also lower-cases emails.
 */
final class VCardDraft {

    private VCardDraft() {
    }

    /**
     * The draft, or null when the card has no name, email or company to call the person by; a value
     * that is there but cannot be read (a birthday that is no date) is added to {@code dropped}.
     */
    static PersonDraft of(VCard card, List<Lenient.Dropped> dropped) {
        List<String> emails = values(card.getEmails(), TextProperty::getValue);
        String company = card.getOrganization() == null ? null
                : first(card.getOrganization().getValues().stream());
        String name = firstOf(head(values(card.getFormattedNames(), TextProperty::getValue)), structured(card),
                company, head(emails));
        if (name == null) {
            return null;
        }
        return new PersonDraft(name, emails, values(card.getTelephoneNumbers(), VCardDraft::phone), company,
                firstOf(head(values(card.getTitles(), TextProperty::getValue)),
                        head(values(card.getRoles(), TextProperty::getValue))),
                location(card.getAddresses()), linkedin(card), VCardBirthday.read(card, dropped),
                kithText(card, VCardKith.HOW_WE_MET), kithList(card, VCardKith.TOPICS), kithText(card, VCardKith.WHY),
                notes(card), rhythm(card), circles(card.getCategoriesList()), null, kithList(card, VCardKith.LOOKING_FOR));
    }

    /** What a card that cannot be used has to know it by: its first number, address, note or link; null for none. */
    static String what(VCard card) {
        return firstOf(head(values(card.getTelephoneNumbers(), VCardDraft::phone)),
                head(values(card.getUrls(), u -> u.getValue())), location(card.getAddresses()),
                head(values(card.getNotes(), TextProperty::getValue)));
    }

    /** The name a card is known by: its formatted name, else its structured one. */
    static String name(VCard card) {
        return firstOf(head(values(card.getFormattedNames(), TextProperty::getValue)), structured(card));
    }

    /**
     * The card's own id, as a group card names its members ({@code uid:} and the id, without
     * {@code urn:uuid:}, lower case): its UID, else the id Apple's own export gives it.
     */
    static String uid(VCard card) {
        if (card.getUid() != null && card.getUid().getValue() != null && !card.getUid().getValue().isBlank()) {
            return reference(card.getUid().getValue());
        }
        RawProperty apple = card.getExtendedProperty("X-ABUID");
        return apple == null || apple.getValue() == null || apple.getValue().isBlank() ? null
                : reference(apple.getValue().replaceFirst("(?i):ABPerson$", ""));
    }

    /** A member reference as a key: {@code uid:…} for a card's id, {@code mailto:} as {@code email:…}. */
    static String reference(String value) {
        String v = value.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mailto:")) {
            return "email:" + lower.substring("mailto:".length()).strip();
        }
        return "uid:" + lower.replaceFirst("^urn:uuid:", "").strip();
    }

    private static String structured(VCard card) {
        StructuredName n = card.getStructuredName();
        return n == null ? null : clean(Stream.of(n.getGiven(), n.getFamily())
                .filter(Objects::nonNull).map(String::strip).collect(Collectors.joining(" ")));
    }

    private static String phone(Telephone tel) {
        if (tel.getText() != null) {
            return tel.getText();
        }
        if (tel.getUri() == null) {
            return null;
        }
        String ext = tel.getUri().getExtension();
        return tel.getUri().getNumber() + (ext == null ? "" : " x" + ext);
    }

    /** The town people are in: the first address's locality, else a region, else a country. */
    private static String location(List<Address> addresses) {
        return firstOf(head(values(addresses, Address::getLocality)), head(values(addresses, Address::getRegion)),
                head(values(addresses, Address::getCountry)));
    }

    /** A web address or an Apple social profile on linkedin.com (Apple writes colons as {@code \:}). */
    private static String linkedin(VCard card) {
        Stream<String> urls = card.getUrls().stream().map(u -> u.getValue());
        Stream<String> profiles = card.getExtendedProperties("X-SOCIALPROFILE").stream()
                .map(p -> VCardKith.untext(p.getValue()));
        return first(Stream.concat(urls, profiles)
                .filter(u -> u != null && u.toLowerCase(Locale.ROOT).contains("linkedin.com")));
    }

    private static String notes(VCard card) {
        return clean(values(card.getNotes(), TextProperty::getValue).stream().collect(Collectors.joining("\n\n")));
    }

    /** Groups every contact of an app is in say nothing about the person: they are no circle. */
    private static final java.util.Set<String> SYSTEM_GROUPS = java.util.Set.of("mycontacts", "my contacts", "starred",
            "starred in android", "system group: my contacts", "contacts", "all contacts", "card");

    private static List<String> circles(List<Categories> categories) {
        return categories.stream().map(TextListProperty::getValues).flatMap(List::stream)
                .map(VCardDraft::clean).filter(Objects::nonNull)
                .filter(c -> !SYSTEM_GROUPS.contains(c.toLowerCase(java.util.Locale.ROOT))).distinct().toList();
    }

    private static String kithText(VCard card, String property) {
        RawProperty p = card.getExtendedProperty(property);
        return p == null ? null : clean(VCardKith.untext(p.getValue()));
    }

    private static List<String> kithList(VCard card, String property) {
        RawProperty p = card.getExtendedProperty(property);
        return p == null ? List.of() : VCardKith.unlist(p.getValue());
    }

    private static Integer rhythm(VCard card) {
        String days = kithText(card, VCardKith.RHYTHM_DAYS);
        try {
            return days == null ? null : Integer.valueOf(days);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <P extends VCardProperty> List<String> values(List<P> properties, Function<P, String> value) {
        List<String> result = new ArrayList<>();
        for (P p : properties) {
            String v = clean(value.apply(p));
            if (v != null) {
                result.add(v);
            }
        }
        return result;
    }

    private static String firstOf(String... candidates) {
        return first(Stream.of(candidates));
    }

    private static String head(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    private static String first(Stream<String> values) {
        return values.map(VCardDraft::clean).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
