package app.kith.cli;

import app.kith.Counts;
import app.kith.mail.MailboxFailed;
import app.kith.mail.MailboxSettings;
import app.kith.mail.MailboxStatus;
import app.kith.mail.Mailboxes;
import app.kith.mail.Suggestion;
import app.kith.mail.SyncResult;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "mailbox", mixinStandardHelpOptions = true,
        description = {"Touchpoints from your mailbox: Kith reads message headers over IMAP (From, To, Cc, Date,"
                + " Message-ID; never subjects or bodies) and logs an email touchpoint with each person in Kith you"
                + " wrote to (out, from the Sent folder) or who wrote to you (in). Newsletters and no-reply senders"
                + " are no one; each message counts once. The server reads it every 15 minutes."},
        subcommands = {MailboxCommand.Connect.class, MailboxCommand.Status.class, MailboxCommand.Sync.class,
                MailboxCommand.Disconnect.class, MailboxCommand.Ignore.class, MailboxCommand.Suggestions.class},
        footer = {"", "Examples:", "  kith mailbox connect --host imap.gmail.com --user ada@gmail.com   (asks for an app password)",
                "  kith mailbox sync", "  kith mailbox ignore @newsletters.example.com", "  kith mailbox suggestions --add ada@example.com"})
final class MailboxCommand extends KithCommand {

    @Override
    void run() {
        spec.commandLine().usage(out());
    }

    static String when(Instant at) {
        return at == null ? "never" : at.toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z");
    }

    @Command(name = "connect", mixinStandardHelpOptions = true,
            description = {"Connect a mailbox: Kith signs in to check the settings, then keeps them, the password"
                    + " sealed with a key outside the database (secret.key in the data folder, or KITH_SECRET_KEY).",
                    "The password, an app password made for Kith (Gmail, Fastmail, iCloud, Outlook), is read from"
                            + " standard input or asked for."})
    static final class Connect extends KithCommand {
        @Option(names = "--host", required = true, paramLabel = "HOST", description = "The IMAP server, e.g. imap.gmail.com.")
        String host;

        @Option(names = "--port", paramLabel = "PORT", description = "Default: 993 with TLS, 143 without.")
        Integer port;

        @Option(names = "--no-tls", description = "Plain IMAP (only for a server on this machine or your network).")
        boolean noTls;

        @Option(names = "--user", required = true, paramLabel = "USER", description = "The sign-in, usually your address.")
        String user;

        @Override
        void run() throws IOException {
            String password = readPassword(this);
            MailboxStatus s = session().mailboxes().connect(accountId(),
                    new MailboxSettings(host, port, !noTls, user, password));
            out().println("Connected " + s.user() + " at " + s.host() + ":" + s.port() + (s.tls() ? " (TLS)" : "")
                    + ". Read it now: kith mailbox sync");
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Say which mailbox is connected and how its last run went.")
    static final class Status extends KithCommand {
        @Option(names = "--json", description = "Print it as JSON.")
        boolean json;

        @Override
        void run() {
            Optional<MailboxStatus> status = session().mailboxes().status(accountId());
            if (json) {
                out().println(Json.write(status.orElse(null)));
                return;
            }
            if (status.isEmpty()) {
                out().println("No mailbox is connected: kith mailbox connect --host HOST --user USER");
                return;
            }
            MailboxStatus s = status.get();
            out().println(s.user() + " at " + s.host() + ":" + s.port() + (s.tls() ? " (TLS)" : " (no TLS)"));
            out().println("Last run: " + when(s.lastRunAt()) + (s.lastRead() == null ? "" : String.format(Locale.ROOT,
                    " (%,d messages read, %s)", s.lastRead(), Counts.noun(s.lastAdded(), "touchpoint", "touchpoints") + " added")));
            if (s.lastError() != null) {
                out().println("Last error (" + when(s.lastErrorAt()) + "): " + s.lastError());
            }
            out().println("Ignored: " + (s.ignored().isEmpty() ? "nothing" : String.join(", ", s.ignored())));
        }
    }

    @Command(name = "sync", mixinStandardHelpOptions = true, description = "Read what is new in the mailbox now.")
    static final class Sync extends KithCommand {
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        void run() {
            SyncResult r;
            try {
                r = session().mailboxes().sync(accountId());
            } catch (MailboxFailed e) {
                throw new Main.Refused("the mailbox could not be read: " + e.getMessage()
                        + " (what was read before that is kept; the next sync goes on from there)");
            }
            if (json) {
                out().println(Json.write(r));
                return;
            }
            out().printf(Locale.ROOT, "Read %,d new messages (%,d not seen before): %s with %s.%n", r.read(), r.fresh(),
                    Counts.noun(r.touchpoints(), "touchpoint", "touchpoints"), Counts.noun(r.people(), "person", "people"));
        }
    }

    @Command(name = "disconnect", mixinStandardHelpOptions = true,
            description = "Forget the mailbox and its password; the touchpoints it gave stay.")
    static final class Disconnect extends KithCommand {
        @Override
        void run() {
            out().println(session().mailboxes().disconnect(accountId()) ? "Mailbox disconnected; its password is forgotten."
                    : "No mailbox was connected.");
        }
    }

    @Command(name = "ignore", mixinStandardHelpOptions = true,
            description = "Never count mail from or to an address (ada@example.com) or a domain (@example.com).")
    static final class Ignore extends KithCommand {
        @Parameters(paramLabel = "ADDRESS|@DOMAIN", arity = "0..1")
        String address;

        @Option(names = "--undo", description = "Take it off the ignore list.")
        boolean undo;

        @Override
        void run() {
            Mailboxes mailboxes = session().mailboxes();
            if (address == null) {
                List<String> ignored = mailboxes.ignored(accountId());
                out().println(ignored.isEmpty() ? "Nothing is ignored." : String.join(System.lineSeparator(), ignored));
            } else if (undo) {
                out().println(mailboxes.unignore(accountId(), address) ? "No longer ignored: " + address
                        : address + " was not ignored.");
            } else {
                out().println("Ignored: " + mailboxes.ignore(accountId(), address));
            }
        }
    }

    @Command(name = "suggestions", mixinStandardHelpOptions = true,
            description = {"People you exchange mail with who are not in Kith yet (" + Mailboxes.SUGGEST_AFTER
                    + " messages or more, at least one each way), most frequent first."})
    static final class Suggestions extends KithCommand {
        @Option(names = "--add", paramLabel = "ADDRESS", description = "Add this one as a person.")
        String add;

        @Option(names = "--ignore", paramLabel = "ADDRESS", description = "Ignore this one from now on.")
        String ignore;

        @Option(names = "--json", description = "Print them as JSON.")
        boolean json;

        @Override
        void run() {
            Mailboxes mailboxes = session().mailboxes();
            if (add != null) {
                out().println("Added " + Text.line(mailboxes.addPerson(accountId(), add)));
                return;
            }
            if (ignore != null) {
                out().println("Ignored: " + mailboxes.ignore(accountId(), ignore));
                return;
            }
            List<Suggestion> all = mailboxes.suggestions(accountId());
            if (json) {
                out().println(Json.write(all));
                return;
            }
            if (all.isEmpty()) {
                out().println("No suggestions.");
            }
            all.forEach(s -> out().printf(Locale.ROOT, "%s%s: %d in, %d out, last %s%n",
                    s.name() == null ? "" : s.name() + " ", "<" + s.address() + ">", s.received(), s.sent(), s.lastOn()));
        }
    }

    private static String readPassword(KithCommand command) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("App password: ");
            return typed == null ? "" : new String(typed);
        }
        String line = new BufferedReader(new InputStreamReader(command.session().in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line;
    }
}
