package app.kith.web.introductions;

import java.util.List;

/**
 * All introductions: how they went as a funnel ("12 proposed, 9 introduced, 6 met"), the rest of
 * the outcomes, and the list, open ones first.
 */
public record IntroductionsView(String funnel, String rest, List<IntroRow> open, List<IntroRow> closed) {
}
