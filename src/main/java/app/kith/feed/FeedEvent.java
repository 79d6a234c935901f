package app.kith.feed;

import java.time.LocalDate;

/** One all-day event of the feed, on one of the account's days. */
record FeedEvent(String uid, LocalDate day, String summary, String description, String url) {
}
