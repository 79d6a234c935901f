package app.kith.mail;

import java.time.LocalDate;
import java.util.List;

/**
 * What Kith reads of one message: its headers, never its subject or body. {@code messageId} as
 * written, without angle brackets, or null; {@code day} in the account's time zone; {@code bulk}
 * when a header says it is a mailing (List-Unsubscribe, List-Id, Precedence: bulk/list/junk);
 * {@code sent} when it was found in the Sent folder, so it is yours whichever address it is from.
 */
record Envelope(String messageId, List<Address> from, List<Address> recipients, LocalDate day, boolean bulk,
                boolean sent) {

    /** An address, lower-cased, and the display name that came with it (or null). */
    record Address(String email, String name) {
    }
}
