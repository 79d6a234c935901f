package app.kith.insight;

import app.kith.Fields;
import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.ask.Asks;
import app.kith.insight.InsightsView.Backlog;
import app.kith.insight.InsightsView.DormantTie;
import app.kith.insight.InsightsView.PersonRef;
import app.kith.insight.InsightsView.Streak;
import app.kith.insight.InsightsView.WeakTie;
import app.kith.insight.InsightsView.Week;
import app.kith.intro.Introductions;
import app.kith.message.MessageContext;
import app.kith.message.MessageKind;
import app.kith.message.Messages;
import app.kith.planner.Planner;
import app.kith.planner.Today;
import app.kith.search.Who;
import app.kith.search.WhoResult;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pictures of the network on a day: who is in rhythm, the backlog and the rhythm budget, touchpoints
 * week by week, the streak, what became of asks and introductions, dormant ties worth rekindling
 * and weak ties that fit a goal. Each figure is defined on its record in {@link InsightsView}.
 */
public class Insights {

    static final int WEEKS = 12;
    static final int DORMANT_MIN_TOUCHPOINTS = 3;
    static final int DORMANT_SILENT_DAYS = 365;
    static final int WEAK_MAX_TOUCHPOINTS = 3;
    static final int TOP = 10;
    public static final int MAX_GOAL = 200;
    /** The words of wanting, left out of a goal before it is searched for: "looking for work in data". */
    private static final Set<String> WANTING = Set.of("looking", "look", "find", "finding", "want", "wanting", "need",
            "work", "job", "jobs", "role", "roles", "position", "opportunities", "new", "get", "help", "some", "someone");
    /** Without a rhythm, a silence longer than this many days makes a touchpoint a reconnection. */
    public static final int SILENCE_WITHOUT_RHYTHM = 90;
    /** With a rhythm, a silence must be longer than it and than this many days (a weekly person missed once is not lost). */
    public static final int SILENCE_AT_LEAST = 30;
    static final int TOP_WEEK = 30;
    static final int COMING_DAYS = 7;

    private final InsightRepository store;
    private final RhythmHistory rhythm;
    private final Planner planner;
    private final Asks asks;
    private final Introductions introductions;
    private final Messages messages;
    private final Who who;
    private final Reviews reviews;

    public Insights(JdbcClient jdbc, Planner planner, Asks asks, Introductions introductions, Messages messages, Who who) {
        this.store = new InsightRepository(jdbc);
        this.rhythm = new RhythmHistory(store);
        this.planner = planner;
        this.asks = asks;
        this.introductions = introductions;
        this.messages = messages;
        this.who = who;
        this.reviews = new Reviews(store, planner);
    }

    /**
     * The review of the ISO week that starts on {@code monday} (null: the current one), as of
     * {@code today}: what was done in it, who you reconnected with, and for the current week the
     * next seven days. A week that is not a Monday's or starts after today is refused.
     */
    public WeekReview week(Account account, LocalDate today, LocalDate monday) {
        Fields.day("date", today);
        LocalDate start = monday == null ? today.with(DayOfWeek.MONDAY) : monday;
        if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new Invalid("week", "week is the Monday a week starts on; " + start + " is a " + start.getDayOfWeek()
                    .getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        if (start.isAfter(today)) {
            throw new Invalid("week", "week starts after today (" + today + "): only a week begun can be reviewed");
        }
        Fields.day("week", start);
        return reviews.of(account, start, today);
    }

    /** The figures on {@code today}, the account's day; weak ties only for a {@code goal} (null or blank: none). */
    public InsightsView insights(Account account, LocalDate today, String goal) {
        Fields.day("date", today);
        String wanted = goal == null || goal.isBlank() ? null : Fields.optional("goal", goal, MAX_GOAL);
        long accountId = account.id();
        return new InsightsView(today, rhythm.of(accountId, today), backlog(account, today), weeks(accountId, today),
                streak(accountId, today), asks.stats(account, null, today), introductions.counts(accountId),
                dormant(account, today), wanted, wanted == null ? List.of() : weakTies(accountId, wanted));
    }

    private Backlog backlog(Account account, LocalDate today) {
        Today plan = planner.today(account, today, 0);
        var budget = plan.rhythmBudget();
        return new Backlog(plan.backlog(), plan.backlogClearsOn(), budget.contactsPerDay(), budget.capacity(),
                budget.kept(), budget.message());
    }

    private List<Week> weeks(long accountId, LocalDate today) {
        LocalDate first = today.with(DayOfWeek.MONDAY).minusWeeks(WEEKS - 1);
        int[][] counts = new int[WEEKS][3];
        for (InsightRepository.DayCount c : store.countsByDay(accountId, (int) first.toEpochDay(), (int) today.toEpochDay())) {
            int week = (c.day() - (int) first.toEpochDay()) / 7;
            int column = switch (c.direction()) {
                case "out" -> 0;
                case "in" -> 1;
                default -> 2;
            };
            counts[week][column] += c.count();
        }
        List<Week> result = new ArrayList<>(WEEKS);
        for (int i = 0; i < WEEKS; i++) {
            result.add(new Week(first.plusWeeks(i), counts[i][0], counts[i][1], counts[i][2]));
        }
        return result;
    }

    private Streak streak(long accountId, LocalDate today) {
        int day = (int) today.toEpochDay();
        InsightRepository.Run run = store.reachOutRun(accountId, day);
        boolean onToday = run.days() > 0;
        if (!onToday) {
            run = store.reachOutRun(accountId, day - 1);
        }
        return new Streak(run.days(), run.first() == null ? null : LocalDate.ofEpochDay(run.first()), onToday);
    }

    private List<DormantTie> dormant(Account account, LocalDate today) {
        long accountId = account.id();
        int silentSince = (int) today.toEpochDay() - DORMANT_SILENT_DAYS + 1;
        List<DormantTie> result = new ArrayList<>();
        for (InsightRepository.Tie t : store.dormant(accountId, DORMANT_MIN_TOUCHPOINTS, silentSince, TOP)) {
            String note = store.lastNote(accountId, t.personId());
            String email = store.firstEmail(accountId, t.personId());
            MessageContext context = MessageContext.to(t.name(), email == null ? List.of() : List.of(email))
                    .withHistory(t.howWeMet(), note, (int) today.toEpochDay() - t.lastDay())
                    .signedBy(account.settings().yourName());
            result.add(new DormantTie(new PersonRef(t.personId(), t.name()), t.touchpoints(), LocalDate.ofEpochDay(t.lastDay()),
                    note, messages.render(accountId, MessageKind.CHECK_IN, null, context)));
        }
        return result;
    }

    /**
     * The goal without the words of wanting ("looking for work in"), searched for among the people
     * with few touchpoints by the "who knows" engine: any of its words, best first.
     */
    private List<WeakTie> weakTies(long accountId, String goal) {
        String wanted = Arrays.stream(goal.split("[^\\p{L}\\p{N}\"]+"))
                .filter(w -> !WANTING.contains(w.toLowerCase(Locale.ROOT))).collect(Collectors.joining(" "));
        List<WhoResult> found = who.fewTouchpoints(accountId, wanted, 1, WEAK_MAX_TOUCHPOINTS, TOP);
        Map<Long, Integer> counts = store.touchpointCounts(accountId, found.stream().map(WhoResult::personId).toList());
        return found.stream().map(r -> new WeakTie(new PersonRef(r.personId(), r.name()), counts.getOrDefault(r.personId(), 0),
                r.lastTouchOn(), r.why().stream().flatMap(m -> m.words().stream()).distinct().toList(),
                r.why().stream().map(WhoResult.Match::field).toList())).toList();
    }
}
