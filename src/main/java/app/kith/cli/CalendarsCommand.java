package app.kith.cli;

import app.kith.agenda.Calendars;
import app.kith.agenda.FetchResult;
import app.kith.agenda.NewCalendar;
import app.kith.agenda.Subscription;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "calendars", mixinStandardHelpOptions = true,
        description = {"Calendars read for touchpoints: past meetings with people in Kith (matched by email) become",
                "touchpoints, once each; coming ones show on their page. The server reads them every hour."},
        subcommands = {CalendarsCommand.Add.class, CalendarsCommand.ListAll.class, CalendarsCommand.Fetch.class,
                CalendarsCommand.Remove.class})
final class CalendarsCommand extends KithCommand {

    @Override
    void run() {
        spec.commandLine().usage(out());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Subscribe to a calendar and fetch it once: a private iCalendar address (Google's \"Secret",
                    "address in iCal format\", Outlook's published ICS link) or, with --user, a CalDAV calendar."})
    static final class Add extends KithCommand {

        @Parameters(paramLabel = "URL", description = "The calendar's address (https://, http:// or webcal://).")
        String url;

        @Option(names = "--user", paramLabel = "USER", description = "The CalDAV user name (makes it a CalDAV calendar).")
        String user;

        @Option(names = "--password-stdin", description = "Read the CalDAV password from the first line of standard input.")
        boolean passwordStdin;

        @Option(names = "--caldav", description = "A CalDAV calendar that needs no user name.")
        boolean caldav;

        @Override
        void run() throws Exception {
            String password = null;
            if (passwordStdin) {
                password = new BufferedReader(new InputStreamReader(session().in, StandardCharsets.UTF_8)).readLine();
                if (password == null) {
                    throw new Main.Refused("--password-stdin: no password on standard input");
                }
            }
            Calendars calendars = session().calendars();
            String kind = caldav || user != null ? "caldav" : null;
            Subscription added = calendars.add(accountId(), new NewCalendar(kind, url, user, password));
            out().println("Added calendar " + added.id() + " (" + what(added) + ").");
            out().println(said(calendars.fetch(accountId(), added.id())));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The calendars, their last fetch and error.")
    static final class ListAll extends KithCommand {

        @Override
        void run() {
            List<Subscription> all = session().calendars().list(accountId());
            if (all.isEmpty()) {
                out().println("No calendars. Add one: kith calendars add URL");
                return;
            }
            for (Subscription s : all) {
                out().println(s.id() + "  " + what(s) + "  " + (s.fetchedAt() == null ? "not fetched yet"
                        : "fetched " + s.fetchedAt().atZone(account().settings().timeZone()).toLocalDateTime()
                        .withNano(0) + ", added " + s.lastAdded() + " (" + s.addedTotal() + " in all)"));
                if (s.lastError() != null) {
                    out().println("    last error: " + s.lastError());
                }
            }
        }
    }

    @Command(name = "fetch", mixinStandardHelpOptions = true, description = "Fetch one calendar now, or all of them.")
    static final class Fetch extends KithCommand {

        @Parameters(paramLabel = "ID", arity = "0..1", description = "The calendar (default: all).")
        Long id;

        @Override
        void run() {
            Calendars calendars = session().calendars();
            List<Long> ids = id != null ? List.of(id) : calendars.list(accountId()).stream().map(Subscription::id).toList();
            if (ids.isEmpty()) {
                out().println("No calendars. Add one: kith calendars add URL");
            }
            boolean failed = false;
            for (long one : ids) {
                FetchResult r = calendars.fetch(accountId(), one);
                out().println(one + ": " + said(r));
                failed |= r.failed();
            }
            if (failed) {
                throw new Main.Refused("a fetch failed (see above)");
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Stop reading a calendar; the touchpoints it added stay.")
    static final class Remove extends KithCommand {

        @Parameters(paramLabel = "ID", description = "The calendar, as kith calendars list shows it.")
        long id;

        @Override
        void run() {
            session().calendars().remove(accountId(), id);
            out().println("Removed calendar " + id + "; the touchpoints it added stay.");
        }
    }

    static String what(Subscription s) {
        return (s.kind().equals("caldav") ? "CalDAV" : "iCalendar") + ", " + s.host()
                + (s.user() == null ? "" : ", user " + s.user());
    }

    static String said(FetchResult r) {
        return r.failed() ? "The fetch failed: " + r.error()
                : "Fetched: " + count(r.meetings(), "meeting") + " read, " + count(r.added(), "touchpoint") + " added, "
                + count(r.upcoming(), "coming meeting") + " with people in Kith.";
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
