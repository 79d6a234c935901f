package app.kith.cli;

import app.kith.account.AppPassword;
import app.kith.account.NewAppPassword;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "app-password", mixinStandardHelpOptions = true,
        description = "Passwords for phones and apps that sync contacts (CardDAV), one per device.",
        subcommands = {AppPasswordCommand.New.class, AppPasswordCommand.ListPasswords.class, AppPasswordCommand.Revoke.class})
final class AppPasswordCommand extends KithCommand {

    @Override
    void run() {
        spec.commandLine().usage(out());
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Make a password for a device; it is shown once, then only its hash is kept.")
    static final class New extends KithCommand {
        @Parameters(paramLabel = "NAME", description = "The device (\"Anna's iPhone\", \"laptop\").")
        String name;

        @Option(names = "--url", paramLabel = "URL", defaultValue = "${env:KITH_BASE_URL:-http://localhost:8080}",
                description = "Your Kith server's address, which the address to type starts with "
                        + "(default: $KITH_BASE_URL, else ${DEFAULT-VALUE}).")
        String url;

        @Override
        void run() {
            NewAppPassword made = kith().appPasswords().create(accountId(), name);
            out().println("Password for \"" + made.appPassword().name() + "\". Type these into the device; the password "
                    + "is not shown again:");
            out().println("  Server:    " + url.replaceFirst("/+$", "") + "/dav/");
            out().println("  User name: " + made.userName());
            out().println("  Password:  " + made.password());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List devices (names and dates, never the passwords).")
    static final class ListPasswords extends KithCommand {
        @Override
        void run() {
            var passwords = kith().appPasswords().list(accountId());
            if (passwords.isEmpty()) {
                out().println("No app passwords. Make one: kith app-password new NAME");
            }
            for (AppPassword p : passwords) {
                out().println(Text.fit("#" + p.id(), 6) + Text.fit(p.name(), 24) + "created " + p.createdAt()
                        + (p.lastUsedAt() == null ? ", never used" : ", last used " + p.lastUsedAt()));
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a device's password by id.")
    static final class Revoke extends KithCommand {
        @Parameters(paramLabel = "ID")
        long id;

        @Override
        void run() {
            kith().appPasswords().revoke(accountId(), id);
            out().println("Revoked app password #" + id + ": that device syncs no more.");
        }
    }
}
