package app.kith.cli;

import app.kith.feed.CalendarFeed;
import app.kith.feed.CalendarLink;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Today in your calendar app: a secret link to an iCalendar feed of your days.",
        subcommands = {CalendarCommand.Link.class})
final class CalendarCommand extends KithCommand {

    @Override
    void run() {
        spec.commandLine().usage(out());
    }

    @Command(name = "link", mixinStandardHelpOptions = true,
            description = {"Make the calendar link, or say whether there is one (it is shown only when made).",
                    "Subscribe to it in Google Calendar (\"From URL\"), Apple Calendar or Thunderbird."})
    static final class Link extends KithCommand {

        static final class Change {
            @Option(names = "--new", description = "Make a new link; the old one stops working.")
            boolean renew;

            @Option(names = "--off", description = "Turn the link off: calendars subscribed to it get nothing more.")
            boolean off;
        }

        @ArgGroup(exclusive = true)
        Change change;

        @Option(names = "--url", paramLabel = "URL", defaultValue = "${env:KITH_BASE_URL:-http://localhost:8080}",
                description = "Your Kith server's address, which the link starts with (default: $KITH_BASE_URL, else ${DEFAULT-VALUE}).")
        String url;

        @Override
        void run() {
            CalendarFeed feed = kith().calendarFeed();
            long account = accountId();
            if (change != null && change.off) {
                out().println(feed.turnOff(account) ? "Calendar link turned off: it no longer works."
                        : "There was no calendar link.");
                return;
            }
            Optional<Instant> made = feed.linkMadeAt(account);
            if (made.isPresent() && (change == null || !change.renew)) {
                out().println("Your calendar link is on (made " + made.get().atZone(account().settings().timeZone())
                        .toLocalDate() + "). It is shown only when made: kith calendar link --new makes a new one"
                        + " (the old one stops working).");
                return;
            }
            CalendarLink link = feed.newLink(account);
            out().println((made.isPresent() ? "A new calendar link; the old one no longer works." : "Your calendar link.")
                    + " Copy it now; it is not shown again. Keep it secret: anyone who has it sees the names on your days.");
            out().println(url.replaceAll("/+$", "") + link.path());
        }
    }
}
