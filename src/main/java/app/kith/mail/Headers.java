package app.kith.mail;

import app.kith.mail.Envelope.Address;
import jakarta.mail.internet.InternetAddress;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/** Header values, as Jakarta Mail parses them, made into an {@link Envelope}. */
final class Headers {

    private Headers() {
    }

    static Envelope envelope(String messageId, jakarta.mail.Address[] from, jakarta.mail.Address[] to,
                             jakarta.mail.Address[] cc, Date date, boolean bulk, boolean sent, ZoneId zone) {
        List<Address> recipients = new ArrayList<>(addresses(to));
        recipients.addAll(addresses(cc));
        LocalDate day = date == null ? null : date.toInstant().atZone(zone).toLocalDate();
        return new Envelope(id(messageId), addresses(from), recipients, day, bulk, sent);
    }

    /** A Message-ID without its angle brackets and spaces; null when there is none. */
    static String id(String messageId) {
        if (messageId == null) {
            return null;
        }
        String id = messageId.strip();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1).strip();
        }
        return id.isEmpty() ? null : id;
    }

    static boolean bulk(String listUnsubscribe, String listId, String precedence) {
        return listUnsubscribe != null || listId != null || NotPeople.bulkPrecedence(precedence);
    }

    private static List<Address> addresses(jakarta.mail.Address[] given) {
        List<Address> out = new ArrayList<>();
        if (given == null) {
            return out;
        }
        for (jakarta.mail.Address a : given) {
            if (a instanceof InternetAddress ia && ia.getAddress() != null && ia.getAddress().indexOf('@') > 0
                    && !ia.isGroup()) {
                out.add(new Address(ia.getAddress().strip().toLowerCase(Locale.ROOT), ia.getPersonal()));
            }
        }
        return out;
    }
}
