package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A file that is no vCard file is refused on the field "file", in words that say what is wrong. */
class VCardFileRefusedTest {

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(new byte[0], "The file is not a vCard file: it is empty");
    }

    @Test
    void aBinaryFileIsRefused() {
        byte[] zip = {0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00};

        assertRefused(zip, "The file is not a vCard file: it is a binary file, not text");
    }

    @Test
    void aTextFileWithNoCardIsRefused() {
        assertRefused(utf8("First Name,Last Name,Email\nAda,Lovelace,ada@example.com\n"),
                "The file is not a vCard file: it has no BEGIN:VCARD line, so no card");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = "BEGIN:VCARD\nVERSION:3.0\nFN:Ren\u00e9e\nEND:VCARD\n".getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(latin1, "The file is not a vCard file: it is not UTF-8 text");
    }

    @Test
    void aSingleLineOfTwoMegabytesIsRefusedBeforeItIsRead() {
        byte[] line = new byte[2 << 20];
        Arrays.fill(line, (byte) 'x');

        assertRefused(line, "The file is not a vCard file: line 1 is longer than 1,048,576 characters");
    }

    @Test
    void aPropertyFoldedOverMoreLinesThanAnyContactNeedsIsRefused() {
        String fold = " " + "A".repeat(74) + "\r\n";
        int folds = VCardLines.MAX_PROPERTY / 75 + 2;
        InputStream card = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(utf8("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b:\r\n")),
                new VCardRepeatedBytes(utf8(fold), folds),
                new ByteArrayInputStream(utf8("END:VCARD\r\n")))));

        assertThatThrownBy(() -> VCardSinkForTest.read(card))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("file"))
                .hasMessageStartingWith("The file is not a vCard file: the property on line 4 is longer than");
    }

    private static void assertRefused(byte[] file, String message) {
        assertThatThrownBy(() -> VCardSinkForTest.read(new ByteArrayInputStream(file)))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("file"))
                .hasMessageStartingWith(message);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
