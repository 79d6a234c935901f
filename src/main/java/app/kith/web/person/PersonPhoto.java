package app.kith.web.person;

import app.kith.NotFound;
import app.kith.account.Account;
import app.kith.person.Photo;
import app.kith.person.Photos;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A person's photo, for their avatar: only to the account that has them (anyone else, or a person
 * without a photo, is a plain 404). Browsers keep it for a day, privately, and ask again with its
 * ETag, which a changed photo no longer matches.
 */
@Controller
class PersonPhoto {

    private static final CacheControl KEPT = CacheControl.maxAge(Duration.ofDays(1)).cachePrivate();

    private final Photos photos;

    PersonPhoto(Photos photos) {
        this.photos = photos;
    }

    @GetMapping("/people/{id}/photo")
    ResponseEntity<byte[]> photo(Account account, @PathVariable long id,
                                 @RequestHeader(name = "If-None-Match", required = false) String seen) {
        Photo photo = photos.of(account.id(), id).orElseThrow(() -> new NotFound("No photo of person " + id));
        String etag = "\"" + digest(photo.bytes()) + "\"";
        if (etag.equals(seen)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(KEPT).eTag(etag).build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.mediaType())).cacheControl(KEPT).eTag(etag)
                .body(photo.bytes());
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
