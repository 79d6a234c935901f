package app.kith.cli;

import app.kith.ask.Ask;
import app.kith.ask.NewAsk;
import app.kith.person.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Record something you asked of someone: a meeting, advice, an introduction, a favour.",
                "If they ignore it past the follow-up gap (7 days by default) or punt it, Today brings it back."})
final class AskCommand extends KithCommand {

    @Parameters(index = "0", paramLabel = "PERSON", description = "Their id, or a name that matches one person.")
    String reference;

    @Parameters(index = "1", paramLabel = "TEXT", description = "What you asked, short: \"an intro to your CFO\".")
    String text;

    @Option(names = "--on", paramLabel = "DATE", description = "When you asked (default: today).")
    String on;

    @Option(names = "--via", paramLabel = "CHANNEL", description = "How: email, call, video, coffee, message… (default: message).")
    String via;

    @Option(names = "--json", description = "Print the ask as JSON.")
    boolean json;

    @Override
    void run() {
        Person p = person(reference);
        Ask ask = kith().asks().ask(account(), new NewAsk(p.id(), text, Dates.parse("--on", on, today()), via), today());
        out().println(json ? Json.write(ask) : "Asked " + p.name() + " (ask #" + ask.id() + "): " + ask.text()
                + ". Kith brings it back if there is no answer in " + account().settings().followUpDays() + " days.");
    }
}
