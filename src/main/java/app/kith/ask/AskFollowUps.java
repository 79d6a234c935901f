package app.kith.ask;

import app.kith.account.Account;
import app.kith.planner.FollowUps;
import app.kith.planner.TodayItem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Asks on Today: those ignored or whose punt day has come, as the day began. Acting on one during
 * the day (a follow-up, a reply, an answer) keeps it on the day's list, checked off.
 */
final class AskFollowUps implements FollowUps {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private final AskRepository asks;

    AskFollowUps(AskRepository asks) {
        this.asks = asks;
    }

    private record Due(AskRepository.Row row, String name, AskRule.Snapshot before, String needs, List<AskEvent> today, int since) {
    }

    @Override
    public List<TodayItem> on(Account account, LocalDate date) {
        int day = (int) date.toEpochDay();
        int gap = account.settings().followUpDays();
        List<Due> due = new ArrayList<>();
        for (AskRepository.ForDay ask : asks.forDay(account.id(), day)) {
            List<AskEvent> history = ask.events();
            AskRule.Snapshot before = AskRule.before(Asks.steps(history), day);
            String needs = before == null ? null : before.needs(day, gap);
            if (needs != null) {
                List<AskEvent> acted = history.stream().filter(e -> e.on().toEpochDay() == day).toList();
                int since = needs.equals("due") ? day - before.puntedTo() : day - before.lastActivity();
                due.add(new Due(ask.row(), ask.name(), before, needs, acted, since));
            }
        }
        // The longest waiting first.
        due.sort(Comparator.comparingInt((Due d) -> -d.since()).thenComparingLong(d -> d.row().id()));
        int dropAfter = account.settings().followUpsBeforeDrop();
        return due.stream().map(d -> item(d, d.name(), day, gap, dropAfter)).toList();
    }

    private static TodayItem item(Due d, String name, int day, int gap, int dropAfter) {
        AskRepository.Row row = d.row();
        AskRule.Snapshot s = d.before();
        boolean suggestDrop = s.followUps() >= dropAfter;
        int dueDay = d.needs().equals("due") ? s.puntedTo() : s.lastActivity() + gap + 1;
        String action = d.today().isEmpty() ? null : d.today().get(d.today().size() - 1).kind().key();
        return new TodayItem.AskFollowUp(new TodayItem.PersonRef(row.personId(), name), reason(d, name, day, suggestDrop),
                LocalDate.ofEpochDay(dueDay), action, LocalDate.ofEpochDay(s.lastActivity()), Math.max(0, day - dueDay),
                d.since(), new TodayItem.AskRef(row.id(), row.text(), LocalDate.ofEpochDay(row.askedDay()), d.needs(),
                        s.puntedTo() == null ? null : LocalDate.ofEpochDay(s.puntedTo()), s.followUps(), suggestDrop));
    }

    /** "You asked Sam for an intro to Priya 9 days ago — a short follow-up?" */
    static String reason(Due d, String name, int day, boolean suggestDrop) {
        String first = name == null ? "them" : name.strip().split("\\s+")[0];
        String what = what(d.row().text());
        int asked = day - d.row().askedDay();
        if (d.needs().equals("due")) {
            return first + " said to come back on " + DAY.format(LocalDate.ofEpochDay(d.before().puntedTo())) + " about “"
                    + d.row().text().strip() + "”: the day has come. Time to follow up.";
        }
        String since = days(asked) + " ago";
        int followUps = d.before().followUps();
        if (followUps == 0) {
            return "You asked " + first + " " + what + " " + since + " — a short follow-up?";
        }
        String times = followUps == 1 ? "once" : followUps == 2 ? "twice" : followUps + " times";
        return "You asked " + first + " " + what + " " + since + " and followed up " + times + " — "
                + (suggestDrop ? "drop it, or one last try?" : "one more nudge?");
    }

    /** "for an intro to Priya" when the ask reads as a noun phrase, else quoted. */
    private static String what(String text) {
        String t = text.strip();
        boolean phrase = !t.isEmpty() && Character.isLowerCase(t.charAt(0)) && !t.endsWith("?");
        return phrase ? "for " + t : "“" + t + "”";
    }

    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
