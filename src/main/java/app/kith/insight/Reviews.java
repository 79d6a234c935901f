package app.kith.insight;

import app.kith.account.Account;
import app.kith.insight.InsightsView.PersonRef;
import app.kith.insight.WeekReview.AskMoves;
import app.kith.insight.WeekReview.Coming;
import app.kith.insight.WeekReview.Day;
import app.kith.insight.WeekReview.IntroMoves;
import app.kith.insight.WeekReview.Reconnected;
import app.kith.insight.WeekReview.Touched;
import app.kith.planner.Planner;
import app.kith.planner.TodayItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The weekly review (see {@link WeekReview}): the week's figures from the store, the week ahead from the planner. */
final class Reviews {

    private final InsightRepository store;
    private final Planner planner;

    Reviews(InsightRepository store, Planner planner) {
        this.store = store;
        this.planner = planner;
    }

    WeekReview of(Account account, LocalDate start, LocalDate today) {
        long accountId = account.id();
        LocalDate end = start.plusDays(6);
        boolean current = !today.isAfter(end);
        int from = (int) start.toEpochDay();
        int to = (int) (current ? today : end).toEpochDay();
        int[][] counts = new int[7][3];
        for (InsightRepository.DayCount c : store.countsByDay(accountId, from, to)) {
            counts[c.day() - from][switch (c.direction()) {
                case "out" -> 0;
                case "in" -> 1;
                default -> 2;
            }] += c.count();
        }
        List<Day> days = new ArrayList<>(7);
        int total = 0;
        for (int i = 0; i < 7; i++) {
            days.add(new Day(start.plusDays(i), counts[i][0], counts[i][1], counts[i][2]));
            total += counts[i][0] + counts[i][1] + counts[i][2];
        }
        List<InsightRepository.WeekTouch> touched = store.touchedBetween(accountId, from, to);
        List<Touched> people = touched.stream()
                .sorted(Comparator.comparingInt(InsightRepository.WeekTouch::touchpoints).reversed()
                        .thenComparing(InsightRepository.WeekTouch::lastDay, Comparator.reverseOrder())
                        .thenComparingLong(InsightRepository.WeekTouch::personId))
                .limit(Insights.TOP_WEEK)
                .map(t -> new Touched(new PersonRef(t.personId(), t.name()), t.touchpoints(), t.reachOuts())).toList();
        List<Reconnected> reconnected = touched.stream()
                .filter(t -> t.beforeDay() != null && t.firstDay() - t.beforeDay() > silence(t.rhythmDays()))
                .map(t -> new Reconnected(new PersonRef(t.personId(), t.name()), LocalDate.ofEpochDay(t.firstDay()),
                        LocalDate.ofEpochDay(t.beforeDay()), t.firstDay() - t.beforeDay(), t.rhythmDays()))
                .sorted(Comparator.comparingInt(Reconnected::silentDays).reversed()
                        .thenComparingLong(r -> r.person().id()))
                .toList();
        Map<String, Integer> asks = store.askSteps(accountId, from, to);
        Map<String, Integer> intros = store.introSteps(accountId, from, to);
        return new WeekReview(start, end, today, current, days, total, touched.size(), people, reconnected,
                new AskMoves(asks.getOrDefault("asked", 0), asks.getOrDefault("followed-up", 0), asks.getOrDefault("yes", 0),
                        asks.getOrDefault("no", 0), asks.getOrDefault("punted", 0), asks.getOrDefault("dropped", 0)),
                new IntroMoves(intros.getOrDefault("proposed", 0), intros.getOrDefault("asked", 0),
                        intros.getOrDefault("agreed", 0), intros.getOrDefault("declined", 0),
                        intros.getOrDefault("introduced", 0), intros.getOrDefault("met", 0),
                        intros.getOrDefault("no-reply", 0), intros.getOrDefault("not-a-fit", 0)),
                current ? coming(account, today) : List.of());
    }

    /** How long a silence must have been, in days, for a touchpoint after it to be a reconnection. */
    static int silence(Integer rhythmDays) {
        return rhythmDays == null ? Insights.SILENCE_WITHOUT_RHYTHM : Math.max(rhythmDays, Insights.SILENCE_AT_LEAST);
    }

    /** The planner's list for each of the next seven days, each item once, on the first day it is on one. */
    private List<Coming> coming(Account account, LocalDate today) {
        Set<String> seen = new HashSet<>();
        List<Coming> result = new ArrayList<>(Insights.COMING_DAYS);
        for (int i = 1; i <= Insights.COMING_DAYS; i++) {
            LocalDate day = today.plusDays(i);
            result.add(new Coming(day, planner.today(account, day, 0).items().stream().filter(it -> seen.add(key(it))).toList()));
        }
        return result;
    }

    /** What makes an item the same one on another day: its kind, its person, and the ask or introduction it is about. */
    private static String key(TodayItem item) {
        String about = item instanceof TodayItem.AskFollowUp a ? ":" + a.ask().id()
                : item instanceof TodayItem.IntroFollowUp s ? ":" + s.introduction().id() : "";
        return item.kind() + ":" + item.person().id() + about;
    }
}
