package app.kith.cli;

import app.kith.account.Account;
import app.kith.account.TwoFactorStatus;
import picocli.CommandLine.Command;

@Command(name = "two-factor", mixinStandardHelpOptions = true,
        description = "Two-factor sign-in of the account (the owner, or --account EMAIL); turned on in Settings.",
        subcommands = {TwoFactorCommand.Status.class, TwoFactorCommand.Off.class})
final class TwoFactorCommand extends KithCommand {

    @Override
    void run() {
        spec.commandLine().usage(out());
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Whether sign-in asks for a code.")
    static final class Status extends KithCommand {
        @Override
        void run() {
            Account account = account();
            TwoFactorStatus status = session().twoFactor().status(account.id());
            out().println(status.on()
                    ? account.label() + ": two-factor sign-in is on since " + status.since() + ", "
                            + status.recoveryCodesLeft() + " recovery codes left."
                    : account.label() + ": two-factor sign-in is off.");
        }
    }

    @Command(name = "off", mixinStandardHelpOptions = true,
            description = {"Turn two-factor sign-in off, for someone who lost their phone and their recovery codes.",
                    "Whoever holds the data folder may, so neither a password nor a code is asked. "
                            + "The password then signs in alone; it can be turned on again in Settings."})
    static final class Off extends KithCommand {
        @Override
        void run() {
            Account account = account();
            out().println(session().twoFactor().turnOff(account.id())
                    ? "Two-factor sign-in of " + account.label() + " is off: the password signs in alone."
                    : "Two-factor sign-in of " + account.label() + " was already off.");
        }
    }
}
