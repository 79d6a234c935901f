package app.kith.cli;

import app.kith.planner.Today;
import app.kith.planner.TodayItem;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "today", mixinStandardHelpOptions = true,
        description = "Who to get in touch with today: a short list, never more than your daily capacity.")
final class TodayCommand extends KithCommand {

    @Option(names = "--date", paramLabel = "DATE", description = "Plan this day instead (2026-03-01, tomorrow, +3d).")
    String date;

    @Option(names = "--more", description = "Also show the next ones after today's list.")
    boolean more;

    @Option(names = "--json", description = "Print JSON (the same as GET /api/v1/today).")
    boolean json;

    @Override
    void run() {
        LocalDate day = Dates.parse("--date", date, today());
        Today plan = kith().planner().today(account(), day, more ? account().settings().capacity() : 0);
        if (json) {
            out().println(Json.write(plan));
            return;
        }
        boolean isToday = day.equals(today());
        out().println((isToday ? "Today, " : "Plan for ") + Text.day(day) + " — " + plan.done() + " of "
                + plan.items().size() + " done");
        out().println();
        if (plan.items().isEmpty()) {
            out().println(kith().people().count(accountId()) == 0
                    ? "  Nobody here yet. Add the first person you want to keep in touch with:\n"
                            + "    kith add \"Ada Lovelace\" --circle Monthly"
                    : "  Nothing due today.");
        }
        plan.items().forEach(this::print);
        if (!plan.more().isEmpty()) {
            out().println();
            out().println("Next:");
            plan.more().forEach(this::print);
        }
        out().println();
        if (plan.items().size() < plan.capacity() && !plan.upcoming().isEmpty()) {
            out().println("Next due: " + String.join(", ", plan.upcoming().stream()
                    .map(u -> u.person().name() + " (" + Text.day(u.dueOn()) + ")").toList()) + ".");
        }
        if (plan.backlog() > 0) {
            out().println("Backlog: " + plan.backlog() + " more " + (plan.backlog() == 1 ? "person is" : "people are")
                    + " due; at " + plan.capacity() + " a day everyone will have been on a list by "
                    + Text.day(plan.backlogClearsOn()) + ".");
        }
        if (!plan.rhythmBudget().kept()) {
            out().println("Rhythm budget: " + plan.rhythmBudget().message());
        }
        if (!plan.items().isEmpty()) {
            out().println("Mark them: kith log NAME [--via coffee] · kith skip NAME · kith snooze NAME --until +1w"
                    + (more ? "" : " · kith today --more"));
            if (plan.items().stream().anyMatch(i -> i instanceof TodayItem.AskFollowUp)) {
                out().println("Asks: kith follow-up ID · kith answer ID yes|no|punt --to DATE|drop");
            }
            if (plan.items().stream().anyMatch(i -> i instanceof TodayItem.Reminder)) {
                out().println("Reminders: logging a touchpoint deals with one · kith reminders delete ID takes it off");
            }
            if (plan.items().stream().anyMatch(i -> i instanceof TodayItem.IntroFollowUp)) {
                out().println("Introductions: kith intro-step ID asked|agreed|declined PERSON · introduced · met|no-reply|not-a-fit");
            }
        }
    }

    private void print(TodayItem item) {
        String mark = item.done() ? "✓" : item.early() ? "○" : "•";
        String status = item.done() ? "  (" + action(item) + ")" : "";
        String ref = item instanceof TodayItem.AskFollowUp ask ? "ask #" + ask.ask().id()
                : item instanceof TodayItem.IntroFollowUp intro ? "intro #" + intro.introduction().id()
                : "#" + item.person().id();
        // The reference is what the next command takes, so it is never cut: a long one pushes the reason on.
        out().println("  " + mark + " " + Text.fit(item.person().name(), 24) + " " + String.format("%-9s ", ref)
                + item.reason() + status);
    }

    /** What was done about a done item: logged, skipped, snoozed, or the step taken on an ask or introduction. */
    private static String action(TodayItem item) {
        if (item instanceof TodayItem.AskFollowUp ask) {
            return ask.action();
        }
        if (item instanceof TodayItem.IntroFollowUp intro) {
            return intro.action();
        }
        return TodayItem.personAction(item).key();
    }
}
