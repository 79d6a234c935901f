package app.kith.digest;

import java.util.List;

/**
 * A morning email's content, shaped for its templates: the day, Today's open items grouped in
 * sections (reach out, follow up, birthdays), the backlog line as Today says it, and the links.
 * Every text here is the user's or Kith's own words, unescaped: the templates escape it.
 */
public record DigestView(String title, String dateLine, List<Section> sections, String backlog, String todayUrl,
                         String settingsUrl, String unsubscribeUrl) {

    public boolean empty() {
        return sections.isEmpty();
    }

    public record Section(String title, List<Item> items) {
    }

    /**
     * One of Today's items: who, why, a message to start with (null: none), a link to them in the
     * app, and the link that checks it off (null: only the app can) with its words.
     */
    public record Item(String name, String reason, String starter, String url, String doneUrl, String doneLabel) {
    }
}
