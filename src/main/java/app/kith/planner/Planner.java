package app.kith.planner;

import app.kith.Fields;
import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.person.Clocks;
import app.kith.person.JobChange;
import app.kith.person.PersonClock;
import app.kith.person.ProfileChanges;
import app.kith.person.Why;
import app.kith.touchpoint.DayState;
import app.kith.touchpoint.LastTouch;
import app.kith.touchpoint.Touchpoints;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Today: who to get in touch with on a day. Birthdays come first (the day is theirs), with the
 * reminders and key dates set for the day ({@link DatedItems}, one item per person), then the
 * follow-ups (asks, introductions, replies), as many as their share of the list allows while people
 * are due by rhythm, then the people due. A new job learnt by an import makes a tracked person due
 * on the day it was learnt, until you are in touch ({@link JobNews}): they take a person's slot.
 * Reads only the people who can be on the plan (due by the day plus the pull-forward horizon,
 * touched since it began, or with a new job) through an index, then ranks them with {@link DayPlan}.
 */
public class Planner {

    public static final int MAX_MORE = 100;
    static final int UPCOMING = 3;

    private final Clocks clocks;
    private final Touchpoints touchpoints;
    private final List<FollowUps> followUps;
    private final Birthdays birthdays;
    private final JobNews jobNews;
    private final List<DatedItems> dated;

    public Planner(Clocks clocks, ProfileChanges profileChanges, Touchpoints touchpoints,
                   List<FollowUps> followUps, List<DatedItems> dated) {
        this.dated = List.copyOf(dated);
        this.clocks = clocks;
        this.touchpoints = touchpoints;
        this.followUps = List.copyOf(followUps);
        this.birthdays = new Birthdays(clocks, touchpoints);
        this.jobNews = new JobNews(profileChanges);
    }

    /** The plan for a day, with up to {@code moreCount} next items after the list. */
    public Today today(Account account, LocalDate date, int moreCount) {
        Fields.day("date", date);
        if (moreCount < 0 || moreCount > MAX_MORE) {
            throw new Invalid("more", "more must be between 0 and " + MAX_MORE);
        }
        long accountId = account.id();
        int capacity = account.settings().capacity();
        int day = (int) date.toEpochDay();
        List<TodayItem> born = new ArrayList<>(birthdays.on(accountId, date));
        Set<Long> listed = new HashSet<>();
        born.forEach(i -> listed.add(i.person().id()));
        // Reminders and key dates are about a date, like a birthday: one item per person, the first.
        // Like a birthday they take their slot even when set during the day for the day itself:
        // the user asked for that day.
        dated.forEach(d -> d.on(account, date).stream().filter(i -> listed.add(i.person().id())).forEach(born::add));
        // A birthday speaks for a reply owed to the same person; someone who has any of these items
        // is not listed again as merely due.
        List<TodayItem> waiting = new ArrayList<>();
        followUps.forEach(f -> f.on(account, date).stream()
                .filter(i -> !(i instanceof TodayItem.Reply && listed.contains(i.person().id()))).forEach(waiting::add));
        waiting.forEach(i -> listed.add(i.person().id()));
        Map<Long, JobChange> jobs = jobNews.on(accountId, date);
        Map<Long, PersonClock> byId = new LinkedHashMap<>();
        clocks.clocksForPlan(accountId, date, date.plusDays(DayPlan.MAX_PULL_FORWARD_DAYS))
                .forEach(c -> byId.put(c.personId(), c));
        clocks.clocksOf(accountId, jobs.keySet().stream().filter(id -> !byId.containsKey(id)).toList())
                .forEach(c -> byId.put(c.personId(), c));
        byId.keySet().removeAll(listed);
        List<PersonClock> tracked = List.copyOf(byId.values());
        Map<Long, TodayItem.JobChange> news = new HashMap<>();

        // Birthdays come first, even of someone added during the day: a birthday cannot wait. A
        // follow-up about someone added during the day only takes a free slot, like the person would.
        List<TodayItem> bornShown = born.subList(0, Math.min(capacity, born.size()));
        List<TodayItem> bornLater = born.subList(bornShown.size(), born.size());
        Map<Long, Integer> addedOn = clocks.addedDays(accountId, waiting.stream().map(i -> i.person().id()).toList());
        // The next ones are the follow-ups left off the list, then the people: which follow-ups are
        // left off is known only once planned, so the people are planned for all of them.
        DayPlan.Result plan = DayPlan.of(day, capacity - bornShown.size(),
                waiting.stream().map(i -> addedOn.getOrDefault(i.person().id(), Integer.MIN_VALUE)).toList(),
                account.settings().followUpSlots(), candidates(accountId, tracked, date, jobs, news), moreCount);
        List<TodayItem> followUpsShown = plan.followUps().stream().map(waiting::get).toList();
        List<TodayItem> followUpsLater = new ArrayList<>(waiting);
        followUpsLater.removeAll(followUpsShown);

        List<TodayItem> moreWaiting = Stream.concat(bornLater.stream(), followUpsLater.stream()).limit(moreCount).toList();
        List<Candidate> morePeople = plan.more().stream().limit(moreCount - moreWaiting.size()).toList();
        List<Long> onList = Stream.of(bornShown, followUpsShown, moreWaiting).flatMap(List::stream)
                .map(i -> i.person().id()).collect(Collectors.toCollection(ArrayList::new));
        Stream.concat(plan.items().stream(), morePeople.stream()).forEach(c -> onList.add(c.personId()));
        List<PersonClock> next = clocks.dueAfter(accountId, date, UPCOMING + onList.size()).stream()
                .filter(c -> !onList.contains(c.personId())).limit(UPCOMING).toList();
        // The names of the people shown and of the next ones, with the channel of each one's last
        // touch, in one read.
        Map<Long, LastTouch> named = touchpoints.namesWithLastBefore(accountId, Stream.concat(
                Stream.concat(plan.items().stream(), morePeople.stream()).map(Candidate::personId),
                next.stream().map(PersonClock::personId)).distinct().toList(), date, false);
        List<TodayItem> items = new ArrayList<>(bornShown);
        items.addAll(followUpsShown);
        plan.items().forEach(c -> items.add(news.containsKey(c.personId()) ? news.get(c.personId())
                : item(c, day, byId, named)));
        List<TodayItem> more = new ArrayList<>(moreWaiting);
        morePeople.forEach(c -> more.add(news.containsKey(c.personId()) ? news.get(c.personId()) : item(c, day, byId, named)));
        int waitingLater = (int) Stream.concat(bornLater.stream(), followUpsLater.stream()).filter(i -> !i.done()).count();
        int backlog = plan.backlog() + waitingLater;
        LocalDate clears = backlog == 0 ? null : date.plusDays((backlog + capacity - 1) / capacity);
        List<Today.Upcoming> upcoming = next.stream().map(c -> new Today.Upcoming(new TodayItem.PersonRef(c.personId(),
                name(named, c.personId())), LocalDate.ofEpochDay(c.dueDay()))).toList();
        return new Today(date, capacity, items, more, plan.dueCount() + born.size() + waiting.size(),
                (int) items.stream().filter(TodayItem::done).count(), backlog, clears, budget(accountId, capacity),
                upcoming);
    }

    private static String name(Map<Long, LastTouch> named, long personId) {
        LastTouch last = named.get(personId);
        return last == null ? null : last.name();
    }

    /** What the rhythms in force ask of each day, against the capacity. */
    public RhythmBudget budget(long accountId, int capacity) {
        double perDay = 0;
        int tracked = 0;
        for (Map.Entry<Integer, Integer> e : clocks.rhythmCounts(accountId).entrySet()) {
            perDay += (double) e.getValue() / e.getKey();
            tracked += e.getValue();
        }
        return RhythmBudget.of(perDay, capacity, tracked);
    }

    /**
     * Each person as the day began: touches on or after it are set aside, and marked when they fall
     * on it. A new job not followed by a touch before the day makes them due ({@code news} gets
     * their item).
     */
    private List<Candidate> candidates(long accountId, List<PersonClock> clocks, LocalDate date,
                                       Map<Long, JobChange> jobs, Map<Long, TodayItem.JobChange> news) {
        int day = (int) date.toEpochDay();
        List<Long> touchedSince = clocks.stream()
                .filter(c -> c.lastTouchDay() != null && c.lastTouchDay() >= day).map(PersonClock::personId).toList();
        Map<Long, DayState> states = new HashMap<>();
        touchpoints.dayStates(accountId, touchedSince, date).forEach(s -> states.put(s.personId(), s));
        List<Candidate> result = new ArrayList<>(clocks.size());
        for (PersonClock c : clocks) {
            Integer lastBefore = c.lastTouchDay();
            boolean touchedOn = false;
            if (lastBefore != null && lastBefore >= day) {
                DayState state = states.get(c.personId());
                lastBefore = state == null || state.lastBefore() == null ? null : (int) state.lastBefore().toEpochDay();
                touchedOn = state != null && state.touchedOn();
            }
            JobChange job = jobs.get(c.personId());
            Integer newsDay = job == null ? null : JobNews.dayOf((int) job.on().toEpochDay(), day, lastBefore);
            Candidate candidate = candidate(c, day, lastBefore, touchedOn, newsDay);
            if (newsDay != null) {
                news.put(c.personId(), JobNews.item(job, candidate, lastBefore));
            }
            result.add(candidate);
        }
        return result;
    }

    /**
     * The same, with a new job learnt on {@code newsDay} (null: none) and nothing logged since: it
     * makes the person due on that day, as if their clock had run out then, so they rank like
     * someone overdue since. Learnt during the day, it only takes a free slot, like someone added
     * during the day, so the list as the day began stays.
     */
    static Candidate candidate(PersonClock c, int day, Integer lastBefore, boolean touchedOn, Integer newsDay) {
        Candidate base = candidate(c, day, lastBefore, touchedOn);
        if (newsDay == null) {
            return base;
        }
        int createdDay = newsDay == day && !base.dueOn(day) ? Math.max(base.createdDay(), day) : base.createdDay();
        return new Candidate(base.personId(), Math.min(base.clockDay(), newsDay - base.rhythmDays()), base.rhythmDays(),
                base.weight(), createdDay, base.hidden(), base.action(), base.touchedBefore());
    }

    static Candidate candidate(PersonClock c, int day, Integer lastBefore, boolean touchedOn) {
        boolean snoozedNow = c.snoozedUntil() != null && c.snoozedOn() != null && c.snoozedUntil() > day;
        boolean hidden = snoozedNow && c.snoozedOn() < day;
        Action action = touchedOn ? Action.LOGGED
                : snoozedNow && c.snoozedOn() == day ? Action.SNOOZED
                : c.skippedOn() != null && c.skippedOn() == day ? Action.SKIPPED
                : null;
        return new Candidate(c.personId(), lastBefore != null ? lastBefore : c.startedDay(), c.rhythmDays(),
                Why.weightOf(c.why()), c.createdDay(), hidden, action, lastBefore != null);
    }

    private static TodayItem item(Candidate c, int day, Map<Long, PersonClock> clocks, Map<Long, LastTouch> named) {
        Why why = clocks.get(c.personId()).why();
        LastTouch last = named.get(c.personId());
        String channel = last == null || last.touchpoint() == null ? null : last.touchpoint().channel().key();
        return new TodayItem.PersonDue(new TodayItem.PersonRef(c.personId(), name(named, c.personId())),
                Reasons.of(c, day, why, channel), LocalDate.ofEpochDay(c.dueDay()), !c.dueOn(day),
                c.action(), c.rhythmDays(), c.touchedBefore() ? LocalDate.ofEpochDay(c.clockDay()) : null,
                Math.max(0, day - c.dueDay()), Math.round(c.priority(day) * 1000) / 1000.0);
    }
}
