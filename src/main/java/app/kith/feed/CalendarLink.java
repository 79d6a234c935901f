package app.kith.feed;

import java.time.Instant;

/** A calendar link just made: the only moment its token is known (only its hash is kept). */
public record CalendarLink(String token, Instant createdAt) {

    /** Where the feed is served, below the server's address. */
    public String path() {
        return "/calendar/" + token + ".ics";
    }
}
