package app.kith.cli;

import app.kith.person.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "skip", mixinStandardHelpOptions = true,
        description = "Skip someone for today: checked off today, back tomorrow.")
final class SkipCommand extends KithCommand {

    @Parameters(paramLabel = "PERSON", description = "Their id, or a name that matches one person.")
    String reference;

    @Option(names = "--on", paramLabel = "DATE", description = "The day to skip (default: today).")
    String on;

    @Override
    void run() {
        Person p = person(reference);
        kith().clocks().skip(accountId(), p.id(), Dates.parse("--on", on, today()));
        out().println("Skipped " + p.name() + " for " + Text.day(Dates.parse("--on", on, today())) + "; back tomorrow.");
    }
}
