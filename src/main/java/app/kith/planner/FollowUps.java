package app.kith.planner;

import app.kith.account.Account;
import java.time.LocalDate;
import java.util.List;

/**
 * Items that go on Today before the people who are merely due: asks needing a follow-up,
 * introductions to check on, birthdays coming up. Each kind plugs in here; they share the
 * day's capacity with the people.
 */
public interface FollowUps {

    /** This kind's items for the day, most pressing first; each has its own {@code kind}. */
    List<TodayItem> on(Account account, LocalDate day);
}
