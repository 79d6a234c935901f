package app.kith.cli;

import app.kith.intro.Introduction;
import app.kith.intro.NewIntroduction;
import app.kith.person.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "intro", mixinStandardHelpOptions = true,
        description = {"Propose introducing two people to each other, for a reason.",
                "Then ask each side whether they'd like to meet (double opt-in), and introduce them once both agreed:"
                        + " see kith intro-step --help."})
final class IntroCommand extends KithCommand {

    @Parameters(index = "0", paramLabel = "A", description = "One of them: their id, or a name that matches one person.")
    String first;

    @Parameters(index = "1", paramLabel = "B", description = "The other one.")
    String second;

    @Option(names = "--why", paramLabel = "TEXT", required = true,
            description = "Why they should meet (at most 500 characters), e.g. \"Priya is hiring; Sam is looking\".")
    String why;

    @Option(names = "--on", paramLabel = "DATE", description = "When you thought of it (default: today).")
    String on;

    @Option(names = "--json", description = "Print the introduction as JSON (as GET /api/v1/introductions/{id}).")
    boolean json;

    @Override
    void run() {
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
}
