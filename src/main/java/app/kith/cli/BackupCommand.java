package app.kith.cli;

import app.kith.Counts;
import app.kith.backup.Backups;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Copy the whole store (every account) to FILE, consistent as of one moment even while the"
                + " server runs and writes. FILE must not exist yet; it is a SQLite file of its own.",
                "On PostgreSQL use pg_dump instead."},
        footer = {"", "Example: kith backup ~/kith-backups/kith-2026-12-05.db"})
final class BackupCommand extends KithCommand {

    @Parameters(paramLabel = "FILE", description = "Where to write the backup.")
    Path file;

    @Override
    void run() {
        Backups.Result r = Backups.backup(session().db(), file);
        out().printf(Locale.ROOT, "Backed up %s and %s to %s (%,d KB).%n",
                Counts.noun(r.accounts(), "account", "accounts"), Counts.noun(r.people(), "person", "people"), r.file(),
                Math.max(1, r.bytes() / 1024));
        out().println("Restore it: kith restore " + r.file());
    }
}
