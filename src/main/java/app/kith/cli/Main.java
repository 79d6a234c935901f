package app.kith.cli;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.audit.Audit;
import app.kith.audit.Origin;
import app.kith.db.Database;
import app.kith.db.StoreUnavailable;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code ./kith} command line. */
@Command(name = "kith", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Kith: stay in touch with your network, methodically.%n"
                + "Every command works on the data folder at once; an owner account is made on first use.",
        subcommands = {TodayCommand.class, AddCommand.class, LogCommand.class, TouchpointsCommand.class,
                TouchpointCommand.class, SkipCommand.class, SnoozeCommand.class,
                PeopleCommand.class, ShowCommand.class, EditCommand.class, DeleteCommand.class, CircleCommand.class,
                AskCommand.class, AsksCommand.class, AnswerCommand.class, FollowUpCommand.class,
                SettingsCommand.class, AccountCommand.class, AdminCommand.class, TokenCommand.class, AppPasswordCommand.class, AuditCommand.class,
                CalendarCommand.class, CalendarsCommand.class, MailboxCommand.class, BackupCommand.class,
                RestoreCommand.class, DemoCommand.class,
                SimulateCommand.class, BenchCommand.class, ServeCommand.class,
                IntroCommand.class, IntrosCommand.class, IntroStepCommand.class, ImportCommand.class, ExportCommand.class,
                DupesCommand.class, MergeCommand.class, UnmergeCommand.class, MergesCommand.class, InsightsCommand.class,
                ReviewCommand.class, WhoCommand.class, DigestCommand.class, RemindCommand.class, RemindersCommand.class,
                DateCommand.class, TrashCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Start with: kith add \"Ada Lovelace\" --circle Monthly, then kith today."})
public final class Main implements Runnable {

    /** Exit code for refused input (unknown person, bad date…); picocli's usage errors exit 2. */
    static final int REFUSED = 1;

    @Mixin
    Session session = new Session();

    @Spec
    CommandSpec spec;

    Main(Clock clock, InputStream in) {
        session.clock = clock;
        session.in = in;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "kith-cli-logback.xml");
        }
        int code = run(args);
        System.exit(code);
    }

    static int run(String... args) {
        // picocli's own writers: they know the terminal's encoding.
        return run(new Main(Clock.systemDefaultZone(), System.in), cli -> { }, args);
    }

    /** A command line of its own: a clock, standard input and output, as a test gives them. */
    static int run(Clock clock, InputStream in, PrintWriter out, PrintWriter err, String... args) {
        return run(new Main(clock, in), cli -> {
            cli.setOut(out);
            cli.setErr(err);
        }, args);
    }

    private static int run(Main main, Consumer<CommandLine> streams, String... args) {
        CommandLine cli = new CommandLine(main).setCaseInsensitiveEnumValuesAllowed(true);
        streams.accept(cli);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof Invalid invalid) {
                invalid.all().forEach(one -> line.getErr().println("kith: " + inOptionWords(one)));
                return REFUSED;
            }
            if (Database.busy(e) || Database.full(e)) {
                line.getErr().println("kith: " + (Database.full(e) ? Database.FULL_MESSAGE : Database.BUSY_MESSAGE));
                return REFUSED;
            }
            if (e instanceof NotFound || e instanceof Conflict || e instanceof Refused || e instanceof StoreUnavailable) {
                line.getErr().println("kith: " + e.getMessage());
                return REFUSED;
            }
            throw e;
        });
        // What a command does is logged as done on the command line, whoever's account it is.
        try (Audit.Scope origin = Audit.from(new Origin(null, "command line"))) {
            return cli.execute(args);
        } finally {
            main.session.close();
        }
    }

    /** The facades name fields as the API does; on the command line the user typed options. */
    private static final Map<String, String> OPTIONS = Map.ofEntries(
            Map.entry("name", "the name"), Map.entry("rhythmDays", "--every"), Map.entry("emails", "--email"),
            Map.entry("phones", "--phone"), Map.entry("circles", "--circle"), Map.entry("topics", "--topics"),
            Map.entry("lookingFor", "--looking-for"),
            Map.entry("linkedinUrl", "--linkedin"), Map.entry("howWeMet", "--how-we-met"), Map.entry("notes", "--notes"),
            Map.entry("company", "--company"), Map.entry("role", "--role"), Map.entry("location", "--location"),
            Map.entry("birthday", "--birthday"), Map.entry("why", "--why"), Map.entry("channel", "--via"),
            Map.entry("direction", "--in/--mutual"), Map.entry("note", "--note"), Map.entry("on", "--on"),
            Map.entry("until", "--until"), Map.entry("date", "--date"), Map.entry("email", "--email"),
            Map.entry("followUpDays", "follow-up-days"), Map.entry("followUpsBeforeDrop", "follow-ups-before-drop"),
            Map.entry("introFollowUpDays", "intro-follow-up-days"), Map.entry("text", "TEXT"), Map.entry("to", "--to"),
            Map.entry("reason", "--why"), Map.entry("personId", "PERSON"), Map.entry("state", "--state"),
            Map.entry("limit", "--limit"), Map.entry("scope", "--scope"), Map.entry("expires", "--expires"));

    static String inOptionWords(Invalid invalid) {
        String option = OPTIONS.get(invalid.field());
        String message = invalid.getMessage();
        if (option == null) {
            return message;
        }
        return message.startsWith(invalid.field() + " ") ? option + message.substring(invalid.field().length())
                : option + ": " + message;
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
