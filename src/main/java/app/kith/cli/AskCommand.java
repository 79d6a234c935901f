package app.kith.cli;

import app.kith.ask.Ask;
import app.kith.ask.NewAsk;
import app.kith.person.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Record something you asked of someone: a meeting, advice, an introduction, a favour.",
                "If they ignore it past the follow-up gap (7 days by default) or punt it, Today brings it back."},
        customSynopsis = {"kith ask [OPTIONS] PERSON TEXT", "   or: kith ask delete ID"},
        subcommands = AskCommand.Delete.class)
final class AskCommand extends KithCommand {

    // Optional to picocli, so that "kith ask delete ID" is not refused for want of them; run() requires them.
    @Parameters(index = "0", arity = "0..1", paramLabel = "PERSON", description = "Their id, or a name that matches one person.")
    String reference;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TEXT", description = "What you asked, short: \"an intro to your CFO\".")
    String text;

    @Option(names = "--on", paramLabel = "DATE", description = "When you asked (default: today).")
    String on;

    @Option(names = "--via", paramLabel = "CHANNEL", description = "How: email, call, video, coffee, message… (default: message).")
    String via;

    @Option(names = "--json", description = "Print the ask as JSON.")
    boolean json;

    @Override
    void run() {
        if (reference == null || text == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameters: 'PERSON', 'TEXT'");
        }
        Person p = person(reference);
        Ask ask = kith().asks().ask(account(), new NewAsk(p.id(), text, Dates.parse("--on", on, today()), via), today());
        out().println(json ? Json.write(ask) : "Asked " + p.name() + " (ask #" + ask.id() + "): " + ask.text()
                + ". Kith brings it back if there is no answer in " + account().settings().followUpDays() + " days.");
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete an ask into the trash, with its history (the touchpoints it logged stay).")
    static final class Delete extends KithCommand {

        @Parameters(paramLabel = "ID", description = "The ask's id (#3 in kith asks, or 3).")
        String id;

        @Override
        void run() {
            String digits = id.strip().startsWith("#") ? id.strip().substring(1) : id.strip();
            if (!digits.matches("\\d{1,18}")) {
                throw new Main.Refused("ID is an ask's id, like 3 or #3, not \"" + id + "\"; see kith asks");
            }
            Ask gone = kith().asks().delete(account(), Long.parseLong(digits), today());
            out().println("Deleted ask #" + gone.id() + ": " + gone.text() + ".");
            out().println(TrashCommand.restoreHint("ask", gone.id()));
        }
    }
}
