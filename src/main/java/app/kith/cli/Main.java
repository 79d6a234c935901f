package app.kith.cli;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.NotFound;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code ./kith} command line. */
@Command(name = "kith", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Kith: stay in touch with your network, methodically.%n"
                + "Every command works on the data folder at once; an owner account is made on first use.",
        subcommands = {TodayCommand.class, AddCommand.class, LogCommand.class, SkipCommand.class, SnoozeCommand.class,
                PeopleCommand.class, ShowCommand.class, EditCommand.class, DeleteCommand.class, CircleCommand.class,
                SettingsCommand.class, AccountCommand.class, TokenCommand.class, DemoCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Start with: kith add \"Ada Lovelace\" --circle Monthly, then kith today."})
public final class Main implements Runnable {

    /** Exit code for refused input (unknown person, bad date…); picocli's usage errors exit 2. */
    static final int REFUSED = 1;

    @Mixin
    Session session = new Session();

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "kith-cli-logback.xml");
        }
        int code = run(args);
        System.exit(code);
    }

    static int run(String... args) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof Invalid || e instanceof NotFound || e instanceof Conflict || e instanceof Refused) {
                line.getErr().println("kith: " + e.getMessage());
                return REFUSED;
            }
            throw e;
        });
        try {
            return cli.execute(args);
        } finally {
            main.session.close();
        }
    }

    /** A command's own refusal, already worded for the user (several people match a name…). */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"kith " + (v == null ? "(development build)" : v)};
        }
    }
}
