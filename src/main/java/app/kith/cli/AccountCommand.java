package app.kith.cli;

import app.kith.account.Account;
import app.kith.account.AccountCreated;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "account", mixinStandardHelpOptions = true, description = "Accounts that can sign in.",
        subcommands = {AccountCommand.Create.class, AccountCommand.Password.class, TwoFactorCommand.class})
final class AccountCommand extends KithCommand {

    @Override
    void run() {
        out().println("Acting as " + account().label() + ".");
        out().println("Give it a sign-in with: kith account create --email YOU@EXAMPLE.COM");
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create an account; the password is read from standard input or asked for.",
                    "The first one gives the owner of this data folder its sign-in (its data stays); later ones add accounts."})
    static final class Create extends KithCommand {
        @Option(names = "--email", required = true, paramLabel = "E")
        String email;

        @Override
        void run() throws IOException {
            String password = readPassword(this, "Password (8 to 200 characters): ");
            AccountCreated created = kith().accounts().create(email, password);
            out().println(created.wasOwnerSignIn()
                    ? "The owner of this data folder now signs in as " + created.account().email() + "; its data stays."
                    : "Created account " + created.account().email() + ". Act as it with --account " + created.account().email());
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true,
            description = {"Give the account (the owner, or --account EMAIL) a new password, read from standard input or asked for.",
                    "Whoever holds the data folder may, so the current password is not asked. Every web session and "
                            + "device kept signed in of that account is signed out."})
    static final class Password extends KithCommand {
        @Override
        void run() throws IOException {
            Account account = account();
            if (!account.canSignIn()) { // said before a password is asked for in vain
                throw new Main.Refused(account.label() + " has no sign-in yet; give it one with: kith account create --email EMAIL");
            }
            String password = readPassword(this, "New password (8 to 200 characters): ");
            String email = kith().accounts().setPassword(account.id(), password).email();
            out().println("The password of " + email + " is changed; every browser and device signed in as it is signed out.");
        }
    }

    /** Asked twice at a terminal; piped, the first line is the password and a second line, when given, must repeat it. */
    private static String readPassword(KithCommand command, String prompt) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword(prompt);
            char[] again = console.readPassword("Again: ");
            if (first == null || again == null || !new String(first).equals(new String(again))) {
                throw new Main.Refused("the two passwords differ; nothing was changed");
            }
            return new String(first);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(command.session().in, StandardCharsets.UTF_8));
        String first = in.readLine();
        String again = in.readLine();
        if (first == null) {
            throw new Main.Refused("no password on standard input");
        }
        if (again != null && !again.equals(first)) {
            throw new Main.Refused("the two passwords differ; nothing was changed");
        }
        return first;
    }
}
