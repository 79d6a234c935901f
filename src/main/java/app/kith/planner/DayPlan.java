package app.kith.planner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The planner's rule for one day, free of storage so the same code plans Today, the simulation
 * and the property tests.
 *
 * <p>Candidates are ranked in tiers: people already due who were in Kith before the day, then
 * people added during the day who are due (they may only take a free slot), then people due soon
 * who may be pulled forward on a light day. Within a tier the higher weighted overdue ratio comes
 * first, then the lower id, so the same data gives the same plan.
 *
 * <p>The list holds {@code capacity} items. Follow-ups (asks, introductions, replies: the
 * caller's, in their order) share it with the people: while people are due by rhythm they take at
 * most {@code followUpCap} of it, the rest waiting for a later day, so the rhythm always gets room;
 * slots the people due leave free go to follow-ups before anyone is pulled forward.
 *
 * <p>The list is computed from the day as it began, so it can be finished: items acted on during
 * the day keep their place, and acting never pulls a new item in. What is about someone added
 * during the day (a person due, or a follow-up about them) was not on the list as the day began:
 * it only takes a free slot, shared between them by the same rule, never one already taken.
 */
final class DayPlan {

    /** The furthest ahead anyone is pulled forward, whatever their rhythm. */
    static final int MAX_PULL_FORWARD_DAYS = 14;

    /**
     * The day's plan: the caller's follow-ups at these places ({@code followUps}, in order), then
     * {@code items}; {@code more} the people after them.
     */
    record Result(int day, int capacity, List<Integer> followUps, List<Candidate> items, List<Candidate> more,
                  int backlog, int dueCount) {

        /** The day by which, at this capacity, everyone due today has been on a list; null when nobody waits. */
        Integer backlogClearsOn() {
            int perDay = Math.max(1, capacity);
            return backlog == 0 ? null : day + (backlog + perDay - 1) / perDay;
        }
    }

    private DayPlan() {
    }

    /** How early someone may be pulled forward: a quarter of their rhythm, at most two weeks. */
    static int pullForwardDays(int rhythmDays) {
        return Math.min(rhythmDays / 4, MAX_PULL_FORWARD_DAYS);
    }

    static Result of(int day, int capacity, List<Candidate> candidates, int moreCount) {
        return of(day, capacity, List.of(), 0, candidates, moreCount);
    }

    /** With {@code followUps} follow-ups about people who were all in Kith before the day. */
    static Result of(int day, int capacity, int followUps, int followUpCap, List<Candidate> candidates, int moreCount) {
        return of(day, capacity, Collections.nCopies(followUps, Integer.MIN_VALUE), followUpCap, candidates, moreCount);
    }

    /**
     * The plan with follow-ups waiting, in the caller's order, each given by the day its person was
     * added; while anyone is due by rhythm at most {@code followUpCap} of them are listed.
     */
    static Result of(int day, int capacity, List<Integer> followUpsAddedOn, int followUpCap, List<Candidate> candidates,
                     int moreCount) {
        Comparator<Candidate> ranking = Comparator.<Candidate>comparingInt(c -> tier(c, day))
                .thenComparing(Comparator.comparingDouble((Candidate c) -> c.priority(day)).reversed())
                .thenComparingLong(Candidate::personId);

        List<Candidate> eligible = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!c.hidden() && c.createdDay() <= day
                    && (c.dueOn(day) || c.dueDay() - day <= pullForwardDays(c.rhythmDays()))) {
                eligible.add(c);
            }
        }
        eligible.sort(ranking);

        List<Integer> earlier = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        for (int i = 0; i < followUpsAddedOn.size(); i++) {
            (followUpsAddedOn.get(i) < day ? earlier : added).add(i);
        }
        int room = Math.max(0, capacity);
        // The list as the day began: follow-ups and people of before the day, split by the rule.
        int dueBefore = (int) eligible.stream().filter(c -> tier(c, day) == 0).count();
        int before = (int) eligible.stream().filter(c -> c.createdDay() < day).count();
        int earlierListed = listed(earlier.size(), room, followUpCap, dueBefore);
        int free = room - earlierListed - Math.min(room - earlierListed, before);
        // What was added during the day shares the free slots by the same rule.
        int dueAdded = (int) eligible.stream().filter(c -> tier(c, day) == 1).count();
        int addedListed = Math.max(0, Math.min(listed(added.size(), free, followUpCap - earlierListed, dueAdded), free));
        List<Integer> shown = new ArrayList<>(earlier.subList(0, earlierListed));
        shown.addAll(added.subList(0, addedListed));
        Collections.sort(shown);
        return people(day, capacity, List.copyOf(shown), room - shown.size(), eligible, moreCount);
    }

    /** How many of {@code followUps} go on a list of {@code room} slots with {@code due} people due by rhythm. */
    private static int listed(int followUps, int room, int cap, int due) {
        return Math.max(0, Math.min(followUps, Math.min(room, Math.max(cap, room - due))));
    }

    /** The people's part of the list: {@code capacity} slots of it. */
    private static Result people(int day, int fullCapacity, List<Integer> followUps, int capacity,
                                 List<Candidate> eligible, int moreCount) {
        // The list as the day began, from people who were already there; its acted-on items stay.
        Set<Long> pinned = new HashSet<>();
        int seen = 0;
        for (Candidate c : capacity > 0 ? eligible : List.<Candidate>of()) {
            if (c.createdDay() < day) {
                if (c.action() != null) {
                    pinned.add(c.personId());
                }
                if (++seen == capacity) {
                    break;
                }
            }
        }
        List<Candidate> items = new ArrayList<>();
        int free = capacity - pinned.size();
        for (Candidate c : eligible) {
            if (pinned.contains(c.personId())) {
                items.add(c);
            } else if (free > 0) {
                items.add(c);
                free--;
            }
        }

        Set<Long> shown = new HashSet<>();
        items.forEach(c -> shown.add(c.personId()));
        List<Candidate> more = new ArrayList<>();
        int backlog = 0;
        int dueCount = 0;
        for (Candidate c : eligible) {
            boolean due = c.dueOn(day);
            if (due) {
                dueCount++;
            }
            if (shown.contains(c.personId()) || c.action() != null) {
                continue;
            }
            if (due) {
                backlog++;
            }
            if (more.size() < moreCount) {
                more.add(c);
            }
        }
        return new Result(day, fullCapacity, followUps, List.copyOf(items), List.copyOf(more), backlog, dueCount);
    }

    private static int tier(Candidate c, int day) {
        if (!c.dueOn(day)) {
            return 2;
        }
        return c.createdDay() < day ? 0 : 1;
    }
}
