package app.kith.cli;

import app.kith.ask.Ask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "follow-up", mixinStandardHelpOptions = true,
        description = {"Record that you followed up on an ask (a touchpoint); the waiting starts again.",
                "With --replied: they replied, without a yes or no yet."})
final class FollowUpCommand extends KithCommand {

    @Parameters(paramLabel = "ASK", description = "The ask's id (kith asks).")
    long askId;

    @Option(names = "--replied", description = "They replied (a touchpoint from them), rather than you following up.")
    boolean replied;

    @Option(names = "--via", paramLabel = "CHANNEL", description = "How (default: the ask's channel).")
    String via;

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Option(names = "--on", paramLabel = "DATE", description = "When (default: today).")
    String on;

    @Override
    void run() {
        var day = on == null ? null : Dates.parse("--on", on, today());
        Ask ask = replied ? kith().asks().replied(account(), askId, day, via, note, today())
                : kith().asks().followUp(account(), askId, day, via, note, today());
        out().println((replied ? "Logged " + ask.person().name() + "'s reply" : "Followed up with " + ask.person().name())
                + " about " + ask.text() + " (" + ask.followUps() + " follow-up" + (ask.followUps() == 1 ? "" : "s") + ").");
    }
}
