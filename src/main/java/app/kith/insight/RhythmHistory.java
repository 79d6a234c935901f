package app.kith.insight;

import app.kith.insight.InsightsView.CircleShare;
import app.kith.insight.InsightsView.InRhythmShare;
import app.kith.insight.InsightsView.MonthShare;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who was in rhythm on a day, from the touchpoint history: each of the last 12 month ends is
 * looked at as it was, with the touchpoints up to it, today's rhythms and circle memberships. A
 * person counts from the day they were added or their first touchpoint, whichever came first, so
 * that a network imported with its history has a trend from the start.
 */
final class RhythmHistory {

    static final int MONTHS = 12;

    private final InsightRepository store;

    RhythmHistory(InsightRepository store) {
        this.store = store;
    }

    InRhythmShare of(long accountId, LocalDate today) {
        List<InsightRepository.Tracked> tracked = store.tracked(accountId);
        Map<Long, String> circleNames = new LinkedHashMap<>();
        Map<Long, Set<Long>> circleMembers = new LinkedHashMap<>();
        for (InsightRepository.Member m : store.members(accountId)) {
            circleNames.put(m.circleId(), m.circleName());
            circleMembers.computeIfAbsent(m.circleId(), k -> new HashSet<>()).add(m.personId());
        }
        List<LocalDate> ends = monthEnds(today);
        Map<Long, InsightRepository.History> histories = store.histories(accountId,
                ends.stream().map(end -> (int) end.toEpochDay()).toList());
        List<MonthShare> trend = new ArrayList<>();
        Map<Long, List<MonthShare>> circleTrends = new LinkedHashMap<>();
        circleNames.keySet().forEach(id -> circleTrends.put(id, new ArrayList<>()));
        for (int k = 0; k < ends.size(); k++) {
            LocalDate end = ends.get(k);
            int day = (int) end.toEpochDay();
            Set<Long> existing = new HashSet<>();
            Set<Long> inRhythm = new HashSet<>();
            for (InsightRepository.Tracked p : tracked) {
                InsightRepository.History history = histories.get(p.id());
                if (Math.min(p.createdDay(), history == null ? p.createdDay() : history.first()) > day) {
                    continue;
                }
                existing.add(p.id());
                int clock = history == null || history.lastAt()[k] == InsightRepository.NONE ? p.startedDay()
                        : history.lastAt()[k];
                if (clock + p.rhythmDays() >= day) {
                    inRhythm.add(p.id());
                }
            }
            trend.add(share(end, existing, inRhythm, null));
            circleMembers.forEach((id, members) -> circleTrends.get(id).add(share(end, existing, inRhythm, members)));
        }
        MonthShare now = trend.get(trend.size() - 1);
        List<CircleShare> circles = new ArrayList<>();
        circleTrends.forEach((id, shares) -> {
            MonthShare c = shares.get(shares.size() - 1);
            circles.add(new CircleShare(id, circleNames.get(id), c.tracked(), c.inRhythm(), c.share(), shares));
        });
        return new InRhythmShare(now.tracked(), now.inRhythm(), now.share(), circles, trend);
    }

    private static MonthShare share(LocalDate on, Set<Long> existing, Set<Long> inRhythm, Set<Long> within) {
        int tracked = 0;
        int in = 0;
        for (long id : existing) {
            if (within == null || within.contains(id)) {
                tracked++;
                if (inRhythm.contains(id)) {
                    in++;
                }
            }
        }
        return new MonthShare(on, tracked, in, tracked == 0 ? null : Math.round(1000.0 * in / tracked) / 1000.0);
    }

    /** The last day of each of the last 12 months, oldest first; the current month's is today. */
    static List<LocalDate> monthEnds(LocalDate today) {
        List<LocalDate> ends = new ArrayList<>(MONTHS);
        YearMonth month = YearMonth.from(today);
        for (int i = MONTHS - 1; i > 0; i--) {
            ends.add(month.minusMonths(i).atEndOfMonth());
        }
        ends.add(today);
        return ends;
    }
}
