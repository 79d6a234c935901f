package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.StoreTest;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.person.Photo;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The photos of an imported vCard are kept with the people, all or nothing like the rest of the import. */
class ImportedPhotosTest extends StoreTest {

    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
    private static final String JPEG = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRof";

    private static String card(String name, String email, String photo) {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + name + "\r\nEMAIL:" + email + "\r\n"
                + (photo == null ? "" : "PHOTO;ENCODING=b;TYPE=JPEG:" + photo + "\r\n") + "END:VCARD\r\n";
    }

    private static InputStream file(String... cards) {
        return new ByteArrayInputStream(String.join("", cards).getBytes(StandardCharsets.UTF_8));
    }

    private Person byEmail(String email) {
        return kith.people().list(owner(), app.kith.person.PeopleQuery.everyone(100), TODAY).people().stream()
                .filter(p -> p.emails().contains(email)).findFirst().orElseThrow();
    }

    @Test
    void thePeopleAnImportCreatesKeepTheirPhotos() {
        kith.imports().apply(owner(), ImportFormat.VCARD, file(card("Grace Hopper", "grace@navy.example", PNG),
                card("Alan Turing", "alan@bletchley.example", null)), null, TODAY, Imports.Progress.none());

        Photo grace = kith.photos().of(owner(), byEmail("grace@navy.example").id()).orElseThrow();
        assertThat(grace.mediaType()).isEqualTo(Photo.PNG);
        assertThat(grace.bytes()).isEqualTo(Base64.getDecoder().decode(PNG));
        assertThat(kith.photos().of(owner(), byEmail("alan@bletchley.example").id())).isEmpty();
        assertThat(kith.photos().of(anotherAccount(), byEmail("grace@navy.example").id())).isEmpty();
    }

    @Test
    void aVCardExportCarriesThePhotosOutAgain() throws Exception {
        kith.imports().apply(owner(), ImportFormat.VCARD, file(card("Grace Hopper", "grace@navy.example", PNG),
                card("Alan Turing", "alan@bletchley.example", null)), null, TODAY, Imports.Progress.none());

        for (ExportFormat format : List.of(ExportFormat.VCARD, ExportFormat.VCARD3)) {
            java.io.StringWriter out = new java.io.StringWriter();
            kith.exports().write(owner(), format, out);
            VCardSinkForTest back = VCardSinkForTest.readText(out.toString());

            assertThat(back.contacts).extracting(c -> c.draft().name()).containsExactlyInAnyOrder("Grace Hopper", "Alan Turing");
            assertThat(back.contacts).filteredOn(c -> c.draft().name().equals("Grace Hopper")).singleElement()
                    .satisfies(c -> assertThat(c.photo().bytes()).isEqualTo(Base64.getDecoder().decode(PNG)));
            assertThat(back.contacts).filteredOn(c -> c.draft().name().equals("Alan Turing")).singleElement()
                    .satisfies(c -> assertThat(c.photo()).isNull());
        }
    }

    @Test
    void aPreviewKeepsNoPhoto() {
        kith.imports().preview(owner(), ImportFormat.VCARD, file(card("Grace Hopper", "grace@navy.example", PNG)),
                null);

        assertThat(rows("person_photo")).isZero();
    }

    @Test
    void aReImportGivesAPhotoToWhoeverHasNoneAndKeepsTheirsToTheOthers() {
        Person ada = kith.people().add(owner(), new PersonDraft("Ada Lovelace", List.of("ada@example.com"), null, null,
                null, null, null, null, null, null, null, null, null, null, null), TODAY);
        Person grace = kith.people().add(owner(), new PersonDraft("Grace Hopper", List.of("grace@navy.example"), null,
                null, null, null, null, null, null, null, null, null, null, null, null), TODAY);
        kith.photos().put(owner(), grace.id(), Photo.of(Base64.getDecoder().decode(JPEG)));

        kith.imports().apply(owner(), ImportFormat.VCARD, file(card("Ada Lovelace", "ada@example.com", PNG),
                card("Grace Hopper", "grace@navy.example", PNG)), null, TODAY, Imports.Progress.none());

        assertThat(kith.photos().of(owner(), ada.id()).orElseThrow().mediaType()).isEqualTo(Photo.PNG);
        assertThat(kith.photos().of(owner(), grace.id()).orElseThrow().mediaType()).isEqualTo(Photo.JPEG);
    }

    @Test
    void anImportThatFailsAfterWritingPhotosTakesThemBack() {
        StringBuilder cards = new StringBuilder();
        for (int i = 0; i <= ImportPlan.CHUNK; i++) {
            cards.append(card("Person " + i, "p" + i + "@example.com", PNG));
        }
        // The first chunk of people and their photos is written as the file is read; then a line that is not text.
        cards.append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad\0\r\nEND:VCARD\r\n");

        assertThatThrownBy(() -> kith.imports().apply(owner(), ImportFormat.VCARD, file(cards.toString()), null, TODAY,
                Imports.Progress.none())).hasMessageContaining("binary");

        assertThat(rows("person")).isZero();
        assertThat(rows("person_photo")).isZero();
    }

    @Test
    void theTakingBackOfAnImportTakesAwayThePhotosItGaveToPeopleAlreadyHere() {
        Person ada = kith.people().add(owner(), new PersonDraft("Ada Lovelace", List.of("ada@example.com"), null, null,
                null, null, null, null, null, null, null, null, null, null, null), TODAY);
        Imports.Progress failsAtTheEnd = (stage, done, total) -> {
            if (stage.equals("writing")) {
                throw new IllegalStateException("the disk went away");
            }
        };

        assertThatThrownBy(() -> kith.imports().apply(owner(), ImportFormat.VCARD,
                file(card("Ada Lovelace", "ada@example.com", PNG)), null, TODAY, failsAtTheEnd))
                .hasMessageContaining("the disk went away");

        assertThat(kith.photos().of(owner(), ada.id())).isEmpty();
        assertThat(rows("import_undo")).isZero();
    }
}
