package app.kith.mail;

import java.time.Instant;
import java.util.List;

/**
 * A connected mailbox as shown (never its password): where it is, when it was last read, what that
 * added, the last error if the last run failed, and the ignore list.
 */
public record MailboxStatus(String host, int port, boolean tls, String user, Instant connectedAt, Instant lastRunAt,
                            Integer lastRead, Integer lastAdded, String lastError, Instant lastErrorAt,
                            List<String> ignored) {
}
