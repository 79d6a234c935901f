package app.kith.io;

import static app.kith.io.VCardSinkForTest.read;
import static app.kith.io.VCardSinkForTest.readText;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.person.Photo;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A card's inline photo comes in with the person when it is a small JPEG or PNG; anything else is left out. */
class VCardPhotoTest {

    @Test
    void anInlinePhotoOfEachVersionComesWithThePerson() {
        Photo apple = read("apple-contacts-3.0.vcf").contacts.get(0).photo();
        Photo android = read("android-2.1.vcf").contacts.get(0).photo();
        Photo dataUri = read("photos-4.0.vcf").contacts.get(0).photo();

        assertThat(apple.mediaType()).isEqualTo(Photo.JPEG);
        assertThat(android.mediaType()).isEqualTo(Photo.JPEG);
        assertThat(dataUri.mediaType()).isEqualTo(Photo.PNG);
        assertThat(dataUri.bytes()).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void aLinkedPhotoIsNeverFetchedAndAGifIsLeftOutButThePersonComes() {
        VCardSinkForTest read = read("photos-4.0.vcf");

        assertThat(read.drafts()).extracting(d -> d.name()).containsExactly("Grace Hopper", "Alan Turing", "Katherine Johnson");
        assertThat(read.contacts.get(1).photo()).isNull();
        assertThat(read.contacts.get(2).photo()).isNull();
    }

    @Test
    void aPhotoOver200KbIsLeftOut() {
        byte[] large = new byte[Photo.MAX_BYTES + 1];
        large[0] = (byte) 0xff;
        large[1] = (byte) 0xd8;
        large[2] = (byte) 0xff;
        VCardSinkForTest read = readText("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nPHOTO;ENCODING=b;TYPE=JPEG:"
                + Base64.getEncoder().encodeToString(large) + "\r\nEND:VCARD\r\n");

        assertThat(read.draft(0).name()).isEqualTo("Ada Lovelace");
        assertThat(read.contacts.get(0).photo()).isNull();
    }
}
