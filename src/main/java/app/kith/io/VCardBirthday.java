package app.kith.io;

import app.kith.person.Lenient;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Birthday;
import ezvcard.property.RawProperty;
import ezvcard.util.PartialDate;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;

/**
 * A birthday between Kith's words ({@code YYYY-MM-DD}, or {@code --MM-DD} when the year is not
 * known) and vCard's. vCard 4.0 has a date without a year ({@code --0415}); vCard 3.0 has none,
 * so a birthday without a year is written the way Apple Contacts does it, which most 3.0 readers
 * meet: the leap year 1604 marked {@code X-APPLE-OMIT-YEAR=1604}. On reading, a year before 1900
 * counts as no year: it is how apps without that mark say "unknown" (1604, 0001), and Kith takes
 * no birthday before 1900.
 */
final class VCardBirthday {

    static final String OMIT_YEAR = "X-APPLE-OMIT-YEAR";
    private static final int NO_YEAR = 1604;
    private static final int FIRST_YEAR = 1900;

    private VCardBirthday() {
    }

    /** The card's birthday in Kith's words, or null when it has none Kith can use. */
    static String read(VCard card) {
        Birthday b = card.getBirthday();
        if (b != null && b.getDate() != null) {
            return fromDate(b.getDate(), b.getParameter(OMIT_YEAR) != null);
        }
        if (b != null && b.getPartialDate() != null) {
            return fromPartial(b.getPartialDate());
        }
        if (b != null && b.getText() != null) {
            return fromText(b.getText());
        }
        // vCard 2.1 and 3.0 have no "--MMDD", so ez-vcard keeps it as an unknown property.
        RawProperty raw = card.getExtendedProperty("BDAY");
        return raw == null ? null : fromText(raw.getValue());
    }

    /**
     * The same, and when the card has a birthday that is no date Kith can read, that value added
     * to {@code dropped}, so the import says it left it out.
     */
    static String read(VCard card, List<Lenient.Dropped> dropped) {
        String birthday = read(card);
        if (birthday == null) {
            Birthday b = card.getBirthday();
            RawProperty raw = card.getExtendedProperty("BDAY");
            String given = b != null && b.getText() != null ? b.getText()
                    : b != null && b.getDate() != null ? b.getDate().toString()
                    : b != null && b.getPartialDate() != null ? b.getPartialDate().toISO8601(true)
                    : raw != null ? raw.getValue() : null;
            if (given != null && !given.isBlank()) {
                dropped.add(new Lenient.Dropped("birthday", given.strip(), "is not a date"));
            }
        }
        return birthday;
    }

    /** The BDAY property for a birthday in Kith's words, or null when there is none. */
    static Birthday write(String birthday, VCardVersion version) {
        if (birthday == null) {
            return null;
        }
        try {
            if (!birthday.startsWith("--")) {
                return new Birthday(LocalDate.parse(birthday));
            }
            int month = Integer.parseInt(birthday.substring(2, 4));
            int day = Integer.parseInt(birthday.substring(5, 7));
            if (version == VCardVersion.V4_0) {
                return new Birthday(PartialDate.builder().month(month).date(day).build());
            }
            Birthday apple = new Birthday(LocalDate.of(NO_YEAR, month, day));
            apple.setParameter(OMIT_YEAR, String.valueOf(NO_YEAR));
            return apple;
        } catch (DateTimeException | IndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
    }

    private static String fromDate(Temporal date, boolean yearOmitted) {
        Temporal t = date instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : date;
        if (!t.isSupported(ChronoField.YEAR) || !t.isSupported(ChronoField.DAY_OF_MONTH)) {
            return null;
        }
        return words(yearOmitted ? null : t.get(ChronoField.YEAR), t.get(ChronoField.MONTH_OF_YEAR),
                t.get(ChronoField.DAY_OF_MONTH));
    }

    private static String fromPartial(PartialDate date) {
        if (date.getMonth() == null || date.getDate() == null) {
            return null;
        }
        return words(date.getYear(), date.getMonth(), date.getDate());
    }

    private static String fromText(String text) {
        try {
            return fromPartial(PartialDate.parse(text.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String words(Integer year, int month, int day) {
        try {
            if (year == null || year < FIRST_YEAR) {
                LocalDate.of(2000, month, day);
                return String.format(Locale.ROOT, "--%02d-%02d", month, day);
            }
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
