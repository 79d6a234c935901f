package app.kith.cli;

import app.kith.ask.Answer;
import app.kith.ask.Ask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "answer", mixinStandardHelpOptions = true,
        description = "Record the answer to an ask: yes, no, punt (with --to, the day they said to come back) or drop.")
final class AnswerCommand extends KithCommand {

    @Parameters(index = "0", paramLabel = "ASK", description = "The ask's id (kith asks).")
    long askId;

    @Parameters(index = "1", paramLabel = "yes|no|punt|drop")
    String answer;

    @Option(names = "--to", paramLabel = "DATE", description = "With punt: the day they said to come back (2027-02-01, +2w).")
    String to;

    @Option(names = "--on", paramLabel = "DATE", description = "When they answered (default: today).")
    String on;

    @Override
    void run() {
        String punt = to == null ? null : Dates.parse("--to", to, today()).toString();
        Ask ask = kith().asks().answer(account(), askId, Answer.parse(answer, punt),
                on == null ? null : Dates.parse("--on", on, today()), today());
        out().println("Ask #" + ask.id() + " (" + ask.person().name() + ", " + ask.text() + "): " + ask.state().key()
                + (ask.puntedTo() != null && ask.open() ? " until " + Text.day(ask.puntedTo()) + "; Today brings it back then" : "")
                + ".");
    }
}
