package app.kith.audit;

import java.util.List;

/** Events newest first; {@code older} is the cursor of the next page, null when there is none. */
public record AuditPage(List<AuditEvent> events, Long older) {
}
