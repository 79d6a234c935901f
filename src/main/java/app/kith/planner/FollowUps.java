package app.kith.planner;

import app.kith.account.Account;
import java.time.LocalDate;
import java.util.List;

/**
 * Items that wait on something to do: asks needing a follow-up, introductions to move on, replies
 * owed. Each kind plugs in here; they share the day's capacity with the people due, and while
 * people are due by rhythm they take at most the account's follow-up share of it.
 */
public interface FollowUps {

    /** This kind's items for the day, most pressing first, judged from the day as it began. */
    List<TodayItem> on(Account account, LocalDate day);
}
