package app.kith.web.settings;

import java.util.List;
import java.util.Map;

/**
 * Settings' mailbox section: the form as typed (with what was refused, by field), or the
 * connected mailbox and how its last run went, its ignore list and the people it suggests.
 * {@code notice}: what the last action did, said once.
 */
public record MailboxSection(boolean connected, String host, String port, boolean tls, String user, String lastRun,
                             String lastError, String lastErrorAt, List<String> ignored, List<Row> suggestions,
                             Map<String, String> errors, String notice) {

    /** A suggested person: who, and how many messages each way. */
    public record Row(String address, String name, int received, int sent, String lastOn) {
    }
}
