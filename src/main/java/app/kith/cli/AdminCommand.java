package app.kith.cli;

import app.kith.account.AccountSummary;
import app.kith.account.Invitation;
import app.kith.account.Invitations;
import app.kith.account.NewInvitation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Running a server with several accounts: whoever holds the data folder acts as its admin. */
@Command(name = "admin", mixinStandardHelpOptions = true, description = "The accounts of this Kith: list, disable, enable, delete, invite (and take back), grant and revoke admin.",
        subcommands = {AdminCommand.ListAccounts.class, AdminCommand.Disable.class, AdminCommand.Enable.class,
                AdminCommand.Delete.class, AdminCommand.Invite.class, AdminCommand.PendingInvitations.class,
                AdminCommand.Uninvite.class, AdminCommand.Grant.class, AdminCommand.Revoke.class})
final class AdminCommand extends KithCommand {

    @Override
    void run() {
        spec.commandLine().usage(out());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every account: email, since, last sign-in, people, state.")
    static final class ListAccounts extends KithCommand {
        @Override
        void run() {
            for (AccountSummary a : kith().accounts().admin().list()) {
                out().printf("%-40s since %s  last sign-in %s  %5d people%s%s%n",
                        a.email() == null ? "owner (no sign-in yet)" : a.email(), day(a.createdAt()),
                        a.lastSignInAt() == null ? "never     " : day(a.lastSignInAt()), a.people(),
                        a.admin() ? "  admin" : "", a.disabled() ? "  DISABLED" : "");
            }
        }

        static String day(Instant at) {
            return at.atZone(ZoneId.systemDefault()).toLocalDate().toString();
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Nothing signs in to the account any more (sessions, tokens, app passwords, links); its data stays.")
    static final class Disable extends KithCommand {
        @Parameters(paramLabel = "EMAIL")
        String email;

        @Override
        void run() {
            out().println(kith().accounts().admin().disable(accountId(), email).email() + " is disabled; kith admin enable "
                    + email.strip() + " undoes it.");
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "A disabled account signs in again.")
    static final class Enable extends KithCommand {
        @Parameters(paramLabel = "EMAIL")
        String email;

        @Override
        void run() {
            out().println(kith().accounts().admin().enable(accountId(), email).email() + " can sign in again.");
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = {"Delete the account and everything in it, for good.",
                    "Asks for the email again unless --yes is given."})
    static final class Delete extends KithCommand {
        @Parameters(paramLabel = "EMAIL")
        String email;

        @Option(names = "--yes", description = "Do not ask for the email again.")
        boolean yes;

        @Override
        void run() throws IOException {
            if (!yes) {
                out().print("Everything in " + email.strip() + " goes, for good. Type its email to confirm: ");
                out().flush();
                String typed = new BufferedReader(new InputStreamReader(session().in, StandardCharsets.UTF_8)).readLine();
                if (typed == null || !typed.strip().equalsIgnoreCase(email.strip())) {
                    throw new Main.Refused("the email typed differs; nothing was deleted (add --yes to skip the question)");
                }
            }
            kith().accounts().admin().delete(accountId(), email);
            out().println("Deleted " + email.strip() + " and everything in it.");
        }
    }

    @Command(name = "grant", mixinStandardHelpOptions = true,
            description = "The account becomes an admin: the admin page, and all of kith admin from the web.")
    static final class Grant extends KithCommand {
        @Parameters(paramLabel = "EMAIL")
        String email;

        @Override
        void run() {
            out().println(kith().accounts().admin().grant(accountId(), email).email() + " is an admin; kith admin revoke "
                    + email.strip() + " undoes it.");
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "The account is no longer an admin; the owner and the last admin stay admins.")
    static final class Revoke extends KithCommand {
        @Parameters(paramLabel = "EMAIL")
        String email;

        @Override
        void run() {
            out().println(kith().accounts().admin().revoke(accountId(), email).email() + " is no longer an admin.");
        }
    }

    @Command(name = "invite", mixinStandardHelpOptions = true,
            description = "A link that makes one account, shown once; the server must have kith.signup=invitation or open.")
    static final class Invite extends KithCommand {
        @Option(names = "--days", paramLabel = "N", defaultValue = "" + Invitations.DEFAULT_DAYS,
                description = "How long the link works (1 to 90 days; default: ${DEFAULT-VALUE}).")
        int days;

        @Option(names = "--base-url", paramLabel = "URL", defaultValue = "${env:KITH_BASE_URL:-http://localhost:8080}",
                description = "Where the server is reached (default: $KITH_BASE_URL, else ${DEFAULT-VALUE}).")
        String baseUrl;

        @Override
        void run() {
            NewInvitation made = kith().accounts().invitations().create(accountId(), days);
            out().println(made.link(baseUrl));
            out().println("It makes one account until " + made.invitation().expiresAt().atZone(ZoneId.systemDefault())
                    .toLocalDate() + "; it is not shown again.");
        }
    }

    @Command(name = "invitations", mixinStandardHelpOptions = true,
            description = "The invitation links not used yet and not expired, the newest first.")
    static final class PendingInvitations extends KithCommand {
        @Override
        void run() {
            List<Invitation> pending = kith().accounts().invitations().pending();
            if (pending.isEmpty()) {
                out().println("No pending invitations. kith admin invite makes one.");
                return;
            }
            for (Invitation i : pending) {
                out().printf("#%-6d made by %s on %s, works until %s%n", i.id(), i.createdBy(),
                        ListAccounts.day(i.createdAt()), ListAccounts.day(i.expiresAt()));
            }
            out().println("kith admin uninvite ID takes one back.");
        }
    }

    @Command(name = "uninvite", mixinStandardHelpOptions = true,
            description = "Take back a pending invitation: its link makes no account any more.")
    static final class Uninvite extends KithCommand {
        @Parameters(paramLabel = "ID", description = "The invitation's number, from kith admin invitations.")
        long id;

        @Override
        void run() {
            kith().accounts().invitations().revoke(accountId(), id);
            out().println("Invitation #" + id + " is taken back; its link makes no account.");
        }
    }
}
