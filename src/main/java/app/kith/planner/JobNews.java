package app.kith.planner;

import app.kith.message.Messages;
import app.kith.person.JobChange;
import app.kith.person.ProfileChanges;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * New jobs Today can congratulate on: what imports learnt in the last {@value #DAYS} days (a fixed
 * window: news older than two weeks is no occasion any more, whatever the reply window says). The
 * planner makes each a reason only while the person is tracked and nothing was logged with them
 * since the change.
 */
final class JobNews {

    /** A new job is a reason on Today for this many days, the day it was learnt included. */
    static final int DAYS = 14;

    private final ProfileChanges changes;

    JobNews(ProfileChanges changes) {
        this.changes = changes;
    }

    /** The latest new job of each person learnt in the window that ends on {@code date}. */
    Map<Long, JobChange> on(long accountId, LocalDate date) {
        Map<Long, JobChange> latest = new LinkedHashMap<>();
        for (JobChange c : changes.jobChangesSince(accountId, date.minusDays(DAYS - 1))) {
            if (!c.on().isAfter(date)) {
                latest.put(c.personId(), c);
            }
        }
        return latest;
    }

    /**
     * The day a job change learnt on {@code learnt} makes a reason on {@code day}, as the day began
     * with the last touch before it ({@code lastBefore}, null: never): the day learnt, while in the
     * window and not followed by a touch; else null.
     */
    static Integer dayOf(int learnt, int day, Integer lastBefore) {
        boolean inWindow = learnt <= day && day - learnt < DAYS;
        return inWindow && (lastBefore == null || lastBefore < learnt) ? Integer.valueOf(learnt) : null;
    }

    static TodayItem.JobChange item(JobChange c, Candidate candidate, Integer lastBefore) {
        TodayItem.JobRef job = new TodayItem.JobRef(c.roleBefore(), c.companyBefore(), c.roleAfter(), c.companyAfter(),
                c.source());
        return new TodayItem.JobChange(new TodayItem.PersonRef(c.personId(), c.name()), reason(c.name(), job), c.on(),
                candidate.action(), candidate.rhythmDays(), lastBefore == null ? null : LocalDate.ofEpochDay(lastBefore),
                job);
    }

    /** "Ada moved from Engineer at Acme to Staff Engineer at Stripe: congratulate them?" */
    static String reason(String name, TodayItem.JobRef job) {
        String first = Messages.firstName(name);
        String after = job(job.role(), job.company());
        String before = job(job.roleBefore(), job.companyBefore());
        boolean sameCompany = job.company() != null && job.company().equalsIgnoreCase(job.companyBefore());
        String news = sameCompany && job.roleBefore() != null && job.role() != null
                ? first + " is now " + after + " (was " + job.roleBefore() + ")"
                : before == null ? first + " is now " + job.newJob()
                : first + " moved from " + before + " to " + after;
        return news + ": congratulate them?";
    }

    private static String job(String role, String company) {
        if (role == null || role.isBlank()) {
            return company == null || company.isBlank() ? null : company;
        }
        return company == null || company.isBlank() ? role : role + " at " + company;
    }
}
