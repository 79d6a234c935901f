package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file of many cards is read as it streams: each card is handed on before the rest is read. */
class VCardStreamingTest {

    private static final int CARDS = 20_000;
    private static final String CARD = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Lovelace\r\nEMAIL:ada@example.com\r\nEND:VCARD\r\n";

    @Test
    void readsTwentyThousandCardsOneAtATimeWithTheirLines() {
        VCardRepeatedBytes file = new VCardRepeatedBytes(CARD.getBytes(StandardCharsets.UTF_8), CARDS);
        long size = (long) CARD.length() * CARDS;
        Counting sink = new Counting(file);

        new VCardReader().read(file, sink);

        assertThat(sink.contacts).isEqualTo(CARDS);
        assertThat(sink.wrongLines).isZero();
        assertThat(sink.readWhenFirstHandedOn).isLessThan(size / 100);
    }

    /** Counts, and keeps nothing: what a sink that writes each contact away does. */
    private static final class Counting implements ContactSink {
        private final VCardRepeatedBytes file;
        private int contacts;
        private int wrongLines;
        private long readWhenFirstHandedOn = -1;

        Counting(VCardRepeatedBytes file) {
            this.file = file;
        }

        @Override
        public void contact(Contact contact) {
            if (readWhenFirstHandedOn < 0) {
                readWhenFirstHandedOn = file.position();
            }
            if (contact.line() != 1 + 5 * contacts || !contact.draft().name().equals("Ada Lovelace")) {
                wrongLines++;
            }
            contacts++;
        }

        @Override
        public void skipped(Skipped skipped) {
            throw new AssertionError("skipped " + skipped);
        }

        @Override
        public void group(GroupCard group) {
            throw new AssertionError("group " + group);
        }
    }
}
