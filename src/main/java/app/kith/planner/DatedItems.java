package app.kith.planner;

import app.kith.account.Account;
import java.time.LocalDate;
import java.util.List;

/**
 * Items that put someone on Today because of a date set about them (a reminder, a key date). Each
 * kind plugs in here; like birthdays they come first and take a slot each, since the date is the
 * point. At most one item per person: the planner keeps the first it gets for someone.
 */
public interface DatedItems {

    /** This kind's items for the day, judged from the day as it began. */
    List<TodayItem> on(Account account, LocalDate day);
}
