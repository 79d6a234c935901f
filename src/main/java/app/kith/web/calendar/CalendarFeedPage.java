package app.kith.web.calendar;

import app.kith.feed.CalendarFeed;
import app.kith.web.Sessionless;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The calendar feed, read by a calendar app without signing in: the token in the path is the
 * credential. A token that is not, or no longer, anyone's link gets a bare 404 that tells nothing
 * about why.
 */
@Controller
@Sessionless
class CalendarFeedPage {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    // Calendar apps read a feed every hour or more; a private cache for a quarter of the refresh
    // interval the feed asks for spares the server and keeps a change made on Today soon seen.
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(15)).cachePrivate();

    private final CalendarFeed feed;

    CalendarFeedPage(CalendarFeed feed) {
        this.feed = feed;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return feed.feed(token, base)
                .map(ics -> ResponseEntity.ok().contentType(CALENDAR).cacheControl(CACHE)
                        .header("Content-Disposition", "inline; filename=\"kith.ics\"").body(ics))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .cacheControl(CacheControl.noStore()).body("Not found\n"));
    }
}
