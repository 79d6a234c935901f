package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkedInReaderTest {

    private static final String HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    /** What the reader hands on, in order. */
    private static final class Heard implements ContactSink {
        final List<Contact> contacts = new ArrayList<>();
        final List<Skipped> skipped = new ArrayList<>();

        @Override
        public void contact(Contact contact) {
            contacts.add(contact);
        }

        @Override
        public void skipped(Skipped s) {
            skipped.add(s);
        }

        @Override
        public void group(GroupCard group) {
            throw new AssertionError("a LinkedIn export has no group cards: " + group);
        }
    }

    private static Heard read(InputStream in) {
        Heard heard = new Heard();
        new LinkedInReader().read(in, heard);
        return heard;
    }

    private static Heard read(String text) {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertRefused(InputStream in, String message) {
        assertThatThrownBy(() -> read(in)).isInstanceOfSatisfying(Invalid.class,
                e -> assertThat(e.field()).isEqualTo("file")).hasMessageContaining(message);
    }

    @Test
    void linkedInsExportIsReadPastItsMarkAndNotesWithEachRowsLine() throws IOException {
        Heard heard;
        try (InputStream in = getClass().getResourceAsStream("/io/linkedin/Connections.csv")) {
            heard = read(in);
        }

        assertThat(heard.contacts).extracting(Contact::line).containsExactly(5, 6, 7, 9, 11, 12);
        Contact ada = heard.contacts.get(0);
        assertThat(ada.draft().name()).isEqualTo("Ada Lovelace");
        assertThat(ada.draft().emails()).containsExactly("ada@example.com");
        assertThat(ada.draft().company()).isEqualTo("Analytical Engines");
        assertThat(ada.draft().role()).isEqualTo("Analyst, Numbers");
        assertThat(ada.draft().linkedinUrl()).isEqualTo("https://www.linkedin.com/in/ada-lovelace");
        assertThat(ada.connectedOn()).isEqualTo(LocalDate.of(2024, 3, 12)).isEqualTo(ada.draft().startedOn());
        Contact grace = heard.contacts.get(1);
        assertThat(grace.draft().emails()).isEmpty();
        assertThat(grace.connectedOn()).isEqualTo(LocalDate.of(2022, 2, 7));
        Contact jose = heard.contacts.get(2);
        assertThat(jose.draft().name()).isEqualTo("José Núñez");
        assertThat(jose.draft().company()).isEqualTo("Núñez & Hijos, S.L.");
        assertThat(jose.draft().role()).isEqualTo("Director \"Growth\"");
        // A row without a name is named by what it has.
        assertThat(heard.skipped).containsExactly(new Skipped(8, "https://www.linkedin.com/in/nobody", "no first or last name"));
        // A row whose quoted position spans two lines and whose date is no date: Sam, without that date.
        Contact sam = heard.contacts.get(3);
        assertThat(sam.draft().role()).startsWith("Data").endsWith("Engineer");
        assertThat(sam.connectedOn()).isNull();
        assertThat(sam.dropped()).containsExactly(new app.kith.person.Lenient.Dropped("connectedOn", "not a date", "is not a date"));
    }

    @Test
    void theDatesLinkedInHasWrittenAreAllRead() {
        assertThat(LinkedInDates.parse("12 Mar 2024")).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(LinkedInDates.parse("7-Feb-22")).isEqualTo(LocalDate.of(2022, 2, 7));
        assertThat(LinkedInDates.parse("07 feb 2022")).isEqualTo(LocalDate.of(2022, 2, 7));
        assertThat(LinkedInDates.parse("2023-11-05")).isEqualTo(LocalDate.of(2023, 11, 5));
        assertThatThrownBy(() -> LinkedInDates.parse("31 Feb 2024")).isInstanceOf(Invalid.class);
    }

    @Test
    void aFileWithoutNotesStartsWithTheHeader() {
        Heard heard = read(HEADER + "Ada,Lovelace,,,,,\n");

        assertThat(heard.contacts).singleElement().satisfies(c -> {
            assertThat(c.line()).isEqualTo(2);
            assertThat(c.connectedOn()).isNull();
        });
    }

    @Test
    void filesThatAreNotAnExportAreRefusedNamingTheProblem() {
        assertRefused(new ByteArrayInputStream(new byte[0]), "The file is empty");
        assertRefused(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), "The file is empty");
        assertRefused(new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 0, 0, 20, 0}), "binary file");
        assertRefused(new ByteArrayInputStream("Name,E-mail\nAda,ada@example.com\n".getBytes(StandardCharsets.UTF_8)),
                "no line with the columns First Name,Last Name");
        byte[] latin1 = (HEADER + "José,Núñez,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(new ByteArrayInputStream(latin1), "not UTF-8 text; save it as UTF-8");
    }

    @Test
    void aSingleHugeLineIsRefusedWithoutReadingItWhole() {
        // 200 MB of one line, made as it is read: the reader must give up after a megabyte.
        InputStream huge = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    long left = 200L << 20;

                    @Override
                    public int read() {
                        return left-- > 0 ? 'x' : -1;
                    }
                })));

        assertRefused(huge, "line 2 is longer than 1,048,576 characters");
    }
}
