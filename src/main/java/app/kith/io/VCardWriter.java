package app.kith.io;

import app.kith.person.Person;
import app.kith.person.Person.CircleRef;
import app.kith.person.Photo;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.ImageType;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.StructuredName;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes people as vCard 4.0 or 3.0 (UTF-8), one card at a time, for any contacts app: name (the
 * structured name's family is the last word, the given name the rest), emails, phones, company,
 * role, location as the address's town, LinkedIn as a URL, birthday (see {@link VCardBirthday}
 * for one without a year), notes, and circles as categories. What only Kith knows (topics, what
 * they are looking for, how you met, why they matter, their own rhythm) goes in {@code X-KITH-}
 * properties, which {@link VCardReader} reads back. A person's photo goes in PHOTO, as an imported
 * card brought it.
 */
final class VCardWriter {

    static final String PRODUCT = "-//Kith//Kith//EN";

    private final VCardVersion version;

    VCardWriter(VCardVersion version) {
        if (version != VCardVersion.V3_0 && version != VCardVersion.V4_0) {
            throw new IllegalArgumentException("Kith writes vCard 3.0 or 4.0, not " + version);
        }
        this.version = version;
    }

    /** Writes every person to {@code out} as UTF-8, flushed but left open: the caller owns it. */
    void write(Iterable<Person> people, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(people, text);
    }

    /** Writes every person to {@code out}, flushed but left open. */
    void write(Iterable<Person> people, Writer out) throws IOException {
        write(people, out, ids -> Map.of());
    }

    /** The photos of a few people, by id (those without one absent). */
    interface PhotoSource {
        Map<Long, Photo> of(List<Long> personIds);
    }

    /** The same with their photos, asked for {@link #PHOTOS_AT_ONCE} people at a time. */
    void write(Iterable<Person> people, Writer out, PhotoSource photos) throws IOException {
        var cards = new ezvcard.io.text.VCardWriter(out, version);
        cards.setAddProdId(false);
        List<Person> some = new ArrayList<>();
        for (Person p : people) {
            some.add(p);
            if (some.size() == PHOTOS_AT_ONCE) {
                write(some, photos, cards);
            }
        }
        write(some, photos, cards);
        cards.flush();
    }

    static final int PHOTOS_AT_ONCE = 200;

    private void write(List<Person> some, PhotoSource photos, ezvcard.io.text.VCardWriter cards) throws IOException {
        Map<Long, Photo> found = some.isEmpty() ? Map.of() : photos.of(some.stream().map(Person::id).toList());
        for (Person p : some) {
            VCard card = card(p);
            Photo photo = found.get(p.id());
            if (photo != null) {
                card.addPhoto(new ezvcard.property.Photo(photo.bytes(),
                        Photo.PNG.equals(photo.mediaType()) ? ImageType.PNG : ImageType.JPEG));
            }
            cards.write(card);
        }
        some.clear();
    }

    /** One person's card as text, with the {@code UID} a syncing app knows it by. */
    String text(Person p, String uid) {
        VCard card = card(p);
        card.setUid(new ezvcard.property.Uid(uid));
        return ezvcard.Ezvcard.write(card).version(version).prodId(false).go();
    }

    private VCard card(Person p) {
        VCard card = new VCard(version);
        card.setProductId(PRODUCT);
        card.setFormattedName(p.name());
        card.setStructuredName(name(p.name()));
        orEmpty(p.emails()).forEach(card::addEmail);
        orEmpty(p.phones()).forEach(card::addTelephoneNumber);
        if (p.company() != null) {
            card.setOrganization(p.company());
        }
        if (p.role() != null) {
            card.addTitle(p.role());
        }
        if (p.location() != null) {
            Address town = new Address();
            town.setLocality(p.location());
            card.addAddress(town);
        }
        if (p.linkedinUrl() != null) {
            card.addUrl(p.linkedinUrl());
        }
        card.setBirthday(VCardBirthday.write(p.birthday(), version));
        if (p.notes() != null) {
            card.addNote(p.notes());
        }
        List<String> circles = orEmpty(p.circles()).stream().map(CircleRef::name).toList();
        if (!circles.isEmpty()) {
            Categories categories = new Categories();
            categories.getValues().addAll(circles);
            card.setCategories(categories);
        }
        kith(card, p);
        return card;
    }

    private static void kith(VCard card, Person p) {
        if (!orEmpty(p.topics()).isEmpty()) {
            card.addExtendedProperty(VCardKith.TOPICS, VCardKith.list(p.topics()));
        }
        if (!orEmpty(p.lookingFor()).isEmpty()) {
            card.addExtendedProperty(VCardKith.LOOKING_FOR, VCardKith.list(p.lookingFor()));
        }
        if (p.howWeMet() != null) {
            card.addExtendedProperty(VCardKith.HOW_WE_MET, VCardKith.text(p.howWeMet()));
        }
        if (p.why() != null) {
            card.addExtendedProperty(VCardKith.WHY, p.why().key());
        }
        if (p.ownRhythmDays() != null) {
            card.addExtendedProperty(VCardKith.RHYTHM_DAYS, p.ownRhythmDays().toString());
        }
    }

    /** Given names and family name, as most of the world's names are written: the last word is the family's. */
    private static StructuredName name(String full) {
        StructuredName n = new StructuredName();
        String name = full.strip();
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            n.setGiven(name);
        } else {
            n.setGiven(name.substring(0, space).strip());
            n.setFamily(name.substring(space + 1));
        }
        return n;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
