package app.kith.digest;

/** The plain-text part: what the HTML part says, readable in any mail client and on a terminal. */
final class TextPart {

    private TextPart() {
    }

    static String of(DigestView view) {
        StringBuilder t = new StringBuilder();
        t.append("Kith · ").append(view.dateLine()).append("\n\n");
        if (view.empty()) {
            t.append("Nothing on your list today.\n\n");
        }
        for (DigestView.Section section : view.sections()) {
            t.append(section.title().toUpperCase(java.util.Locale.ROOT)).append("\n\n");
            for (DigestView.Item item : section.items()) {
                t.append("* ").append(item.name()).append(" — ").append(item.reason()).append('\n');
                if (item.starter() != null) {
                    for (String line : item.starter().strip().split("\n")) {
                        t.append("  > ").append(line).append('\n');
                    }
                }
                if (item.doneUrl() != null) {
                    t.append("  ").append(item.doneLabel()).append(": ").append(item.doneUrl()).append('\n');
                }
                t.append("  Open: ").append(item.url()).append("\n\n");
            }
        }
        if (view.backlog() != null) {
            t.append(view.backlog()).append("\n\n");
        }
        t.append("Open Today: ").append(view.todayUrl()).append('\n');
        t.append("Change the hour: ").append(view.settingsUrl()).append('\n');
        t.append("Stop these emails: ").append(view.unsubscribeUrl()).append('\n');
        return t.toString();
    }
}
