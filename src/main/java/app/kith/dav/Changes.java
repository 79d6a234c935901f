package app.kith.dav;

import java.util.List;

/** What changed in an address book since a sync token: the cards to fetch, the names of those gone, and the new token. */
public record Changes(String token, List<Card> changed, List<String> removed) {
}
