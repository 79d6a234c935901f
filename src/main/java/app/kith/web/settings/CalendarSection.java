package app.kith.web.settings;

/**
 * Settings' calendar section: whether the account has a link and since when ({@code madeOn}), and
 * the link just made ({@code newLink}, its {@code webcal:} twin for calendar apps that open it),
 * shown this once.
 */
public record CalendarSection(boolean on, String madeOn, String newLink, String newWebcalLink) {
}
