package app.kith.cli;

import app.kith.account.AccountCreated;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "account", mixinStandardHelpOptions = true, description = "Accounts that can sign in.",
        subcommands = {AccountCommand.Create.class})
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
            String password = readPassword();
            AccountCreated created = kith().accounts().create(email, password);
            out().println(created.wasOwnerSignIn()
                    ? "The owner of this data folder now signs in as " + created.account().email() + "; its data stays."
                    : "Created account " + created.account().email() + ". Act as it with --account " + created.account().email());
        }

        private String readPassword() throws IOException {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password (at least 8 characters): ");
                char[] again = console.readPassword("Again: ");
                if (first == null || again == null || !new String(first).equals(new String(again))) {
                    throw new Main.Refused("the two passwords differ; nothing was changed");
                }
                return new String(first);
            }
            // Piped: the first line is the password; a second line, when given, must repeat it.
            BufferedReader in = new BufferedReader(new InputStreamReader(session().in, StandardCharsets.UTF_8));
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
}
