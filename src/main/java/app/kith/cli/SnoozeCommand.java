package app.kith.cli;

import app.kith.person.Person;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "snooze", mixinStandardHelpOptions = true, description = "Hide someone from Today until a date.")
final class SnoozeCommand extends KithCommand {

    @Parameters(paramLabel = "PERSON", description = "Their id, or a name that matches one person.")
    String reference;

    @Option(names = "--until", paramLabel = "DATE", required = true,
            description = "The day they come back (2026-03-01, +1w, +1m).")
    String until;

    @Option(names = "--on", paramLabel = "DATE", description = "The day you snooze them (default: today).")
    String on;

    @Override
    void run() {
        Person p = person(reference);
        LocalDate day = Dates.parse("--on", on, today());
        LocalDate back = Dates.parse("--until", until, day);
        kith().clocks().snooze(accountId(), p.id(), back, day);
        out().println("Snoozed " + p.name() + " until " + Text.day(back) + ".");
    }
}
