package app.kith.cli;

import app.kith.Counts;
import app.kith.backup.Backups;
import app.kith.db.Database;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Put a backup made by kith backup in place of the store's data, for every account. The data"
                + " as it was is kept first, beside the store (kith.db.before-restore-…), so a restore can itself"
                + " be undone with kith restore. A running server sees the restored data at once.",
                "A file that is not a whole Kith backup, or one from a newer Kith, is refused and nothing changes."},
        footer = {"", "Example: kith restore ~/kith-backups/kith-2026-12-05.db"})
final class RestoreCommand extends KithCommand {

    @Parameters(paramLabel = "FILE", description = "A backup made by kith backup.")
    Path file;

    @Override
    void run() {
        Backups.Result r = Backups.restore(session().db(), file, kith().clock());
        // A backup from an older Kith is brought up to this one's store version at once.
        try (Database upgraded = Database.forCommand(session().settings())) {
            upgraded.dataSource();
        }
        out().printf(Locale.ROOT, "Restored %s: %s and %s.%n", r.file(),
                Counts.noun(r.accounts(), "account", "accounts"), Counts.noun(r.people(), "person", "people"));
        out().println("The data as it was is kept in " + r.kept() + " (kith restore " + r.kept() + " puts it back).");
    }
}
