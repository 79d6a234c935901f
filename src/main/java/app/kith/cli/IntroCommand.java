package app.kith.cli;

import app.kith.intro.Introduction;
import app.kith.intro.NewIntroduction;
import app.kith.person.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "intro", mixinStandardHelpOptions = true,
        description = {"Propose introducing two people to each other, for a reason.",
                "Then ask each side whether they'd like to meet (double opt-in), and introduce them once both agreed:"
                        + " see kith intro-step --help."},
        customSynopsis = {"kith intro [OPTIONS] A B --why TEXT", "   or: kith intro delete ID"},
        subcommands = IntroCommand.Delete.class)
final class IntroCommand extends KithCommand {

    // Optional to picocli, so that "kith intro delete ID" is not refused for want of them; run() requires them.
    @Parameters(index = "0", arity = "0..1", paramLabel = "A", description = "One of them: their id, or a name that matches one person.")
    String first;

    @Parameters(index = "1", arity = "0..1", paramLabel = "B", description = "The other one.")
    String second;

    @Option(names = "--why", paramLabel = "TEXT",
            description = "Why they should meet (at most 500 characters), e.g. \"Priya is hiring; Sam is looking\".")
    String why;

    @Option(names = "--on", paramLabel = "DATE", description = "When you thought of it (default: today).")
    String on;

    @Option(names = "--json", description = "Print the introduction as JSON (as GET /api/v1/introductions/{id}).")
    boolean json;

    @Override
    void run() {
        if (first == null || second == null || why == null) {
            throw new ParameterException(spec.commandLine(), "Missing required options and parameters: 'A', 'B', '--why=TEXT'");
        }
        Person a = person(first);
        Person b = person(second);
        Introduction intro = kith().introductions().propose(accountId(),
                new NewIntroduction(a.id(), b.id(), why, Dates.parse("--on", on, today())), today());
        if (json) {
            out().println(Json.write(intro));
            return;
        }
        out().println("Introduction " + IntroText.lines(intro));
        out().println(IntroText.next(intro));
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete an introduction into the trash, with its steps (the touchpoints they logged stay).")
    static final class Delete extends KithCommand {

        @Parameters(paramLabel = "ID", description = "The introduction's id (#3 in kith intros, or 3).")
        String id;

        @Override
        void run() {
            Introduction gone = kith().introductions().delete(accountId(), IntroStepCommand.introductionId(id));
            out().println("Deleted introduction #" + gone.id() + ".");
            out().println(TrashCommand.restoreHint("introduction", gone.id()));
        }
    }
}
