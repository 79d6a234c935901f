package app.kith.cli;

import app.kith.person.Person;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoint;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Log a touchpoint: you were in touch with someone. It resets their clock.")
final class LogCommand extends KithCommand {

    @Parameters(paramLabel = "PERSON", description = "Their id, or a name that matches one person.")
    String reference;

    @Option(names = "--via", paramLabel = "CHANNEL",
            description = "email, call, video, coffee, meeting, message, event, social or other (default: other).")
    String via;

    @ArgGroup(exclusive = true)
    Who who = new Who();

    static final class Who {
        @Option(names = "--in", description = "They reached out to you.")
        boolean in;

        @Option(names = "--mutual", description = "Both of you (a meeting, a chat).")
        boolean mutual;
    }

    @Option(names = "--on", paramLabel = "DATE", description = "When (default: today).")
    String on;

    @Option(names = "--note", paramLabel = "TEXT", description = "What you talked about.")
    String note;

    @Override
    void run() {
        Person p = person(reference);
        String direction = who.in ? "in" : who.mutual ? "mutual" : "out";
        Touchpoint t = kith().touchpoints().log(accountId(),
                new NewTouchpoint(p.id(), Dates.parse("--on", on, today()), via, direction, note), today());
        Person after = kith().people().get(accountId(), p.id());
        out().println("Logged " + t.channel().key() + " with " + p.name() + " on " + Text.day(t.on()) + "."
                + (after.dueOn() == null ? "" : " Next due " + Text.day(after.dueOn()) + "."));
    }
}
