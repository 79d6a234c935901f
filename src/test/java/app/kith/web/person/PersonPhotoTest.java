package app.kith.web.person;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.person.Photo;
import app.kith.person.Photos;
import app.kith.web.WebSession;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person's photo: served to their account only, kept by the browser, and shown on their page. */
@ServerTest
class PersonPhotoTest {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Photos photos;

    @Test
    void aPhotoIsServedWithItsTypeAndKeptPrivatelyByTheBrowser() {
        WebSession web = WebSession.signUp(port, accounts);
        Person grace = people.add(web.accountId(), PersonDraft.named("Grace Hopper"), LocalDate.now());
        photos.put(web.accountId(), grace.id(), Photo.of(PNG));

        WebSession.Page photo = web.get("/people/" + grace.id() + "/photo");

        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.header("Content-Type")).isEqualTo("image/png");
        assertThat(photo.header("Cache-Control")).isEqualTo("max-age=86400, private");
        assertThat(photo.header("X-Content-Type-Options")).isEqualTo("nosniff");
        String etag = photo.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(web.get("/people/" + grace.id() + "/photo", Map.of("If-None-Match", etag)).status()).isEqualTo(304);
    }

    @Test
    void thePersonsPageShowsThePhotoElseTheirInitials() {
        WebSession web = WebSession.signUp(port, accounts);
        Person grace = people.add(web.accountId(), PersonDraft.named("Grace Hopper"), LocalDate.now());
        Person ada = people.add(web.accountId(), PersonDraft.named("Ada Lovelace"), LocalDate.now());
        photos.put(web.accountId(), grace.id(), Photo.of(PNG));

        assertThat(web.get("/people/" + grace.id()).body())
                .contains("<img class=\"avatar l\" src=\"/people/" + grace.id() + "/photo\" alt=\"\"");
        assertThat(web.get("/people/" + ada.id()).body())
                .containsPattern("<span class=\"avatar l tone-\\d\" aria-hidden=\"true\">AL</span>");
    }

    @Test
    void nobodyElseGetsThePhotoAndSomeoneWithoutOneIsNotFound() {
        WebSession owner = WebSession.signUp(port, accounts);
        Person grace = people.add(owner.accountId(), PersonDraft.named("Grace Hopper"), LocalDate.now());
        Person ada = people.add(owner.accountId(), PersonDraft.named("Ada Lovelace"), LocalDate.now());
        photos.put(owner.accountId(), grace.id(), Photo.of(PNG));
        WebSession other = WebSession.signUp(port, accounts);

        assertThat(other.get("/people/" + grace.id() + "/photo").status()).isEqualTo(404);
        assertThat(owner.get("/people/" + ada.id() + "/photo").status()).isEqualTo(404);
        assertThat(WebSession.anonymous(port).get("/people/" + grace.id() + "/photo").status()).isEqualTo(302);
        people.delete(owner.accountId(), grace.id());
        assertThat(owner.get("/people/" + grace.id() + "/photo").status()).isEqualTo(404);
    }
}
