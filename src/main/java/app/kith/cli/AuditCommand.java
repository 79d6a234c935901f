package app.kith.cli;

import app.kith.audit.AuditEvent;
import app.kith.audit.AuditPage;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The account's audit log, newest first: sign-ins, tokens, imports, exports, merges, deletes.")
final class AuditCommand extends KithCommand {

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "How many events (1 to 200; default 50).")
    int limit;

    @Option(names = "--json", description = "Print the events as JSON (as GET /api/v1/audit does).")
    boolean json;

    @Override
    void run() {
        AuditPage page = kith().audit().page(accountId(), null, limit);
        if (json) {
            out().println(Json.write(page));
            return;
        }
        if (page.events().isEmpty()) {
            out().println("Nothing in the audit log yet.");
            return;
        }
        ZoneId zone = account().settings().timeZone();
        for (AuditEvent e : page.events()) {
            String from = e.ip() == null ? "" : "  from " + e.ip() + (e.agent() == null ? "" : " (" + e.agent() + ")");
            out().println(Text.moment(e.at(), zone) + "  " + Text.fit(e.kind(), 20) + e.detail() + from);
        }
    }
}
