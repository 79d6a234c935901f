package app.kith.feed;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.audit.Audit;
import app.kith.audit.AuditKind;
import app.kith.planner.Planner;
import app.kith.planner.Today;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.fortuna.ical4j.model.Calendar;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Today in the calendar. Each account may have one secret link; its token is the only credential
 * the feed asks for, so it is shown once when made and kept only as its hash. Making a new link or
 * turning it off makes the old one stop working at once.
 *
 * <p>The feed holds the account's days from {@value #DAYS_BACK} days back (what was on the list
 * stays in the calendar as history) to {@value #DAYS_AHEAD} days ahead (the plan as it stands,
 * as Today's previews show it), the days being the account's own, in its time zone.
 */
public class CalendarFeed {

    public static final int DAYS_BACK = 7;
    public static final int DAYS_AHEAD = 14;

    /**
     * How long a served feed is served again as it was. Planning three weeks takes most of a second
     * with 30,000 people; a calendar app (or many, or one gone wrong) reading the link in a loop
     * costs one plan per account per this long, and readers that come together wait for the same one.
     */
    /**
     * The next ones asked of each day's plan: a birthday, key date or reminder on its own day that
     * the day's capacity left off the list still gets its event.
     */
    private static final int MORE = 20;

    static final Duration SERVED_FOR = Duration.ofMinutes(5);

    private record Served(String baseUrl, LocalDate today, Instant at, String ics) {
    }

    private final Map<Long, Served> served = new ConcurrentHashMap<>();

    private final LinkRepository links;
    private final Accounts accounts;
    private final Planner planner;
    private final Clock clock;
    private final Audit audit;

    public CalendarFeed(JdbcClient jdbc, Accounts accounts, Planner planner, Clock clock, Audit audit) {
        this.audit = audit;
        this.links = new LinkRepository(jdbc);
        this.accounts = accounts;
        this.planner = planner;
        this.clock = clock;
    }

    /** A new link for the account; the one it had stops working. */
    public CalendarLink newLink(long accountId) {
        String token = Tokens.random();
        // Kept to the millisecond: the link says the same "since" now as when asked later.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        links.put(accountId, Tokens.sha256(token), now.toEpochMilli());
        // The link is a credential: whoever has it reads the plan.
        audit.record(accountId, AuditKind.CALENDAR_LINK_MADE, "a new calendar link; the one before stops working");
        return new CalendarLink(token, now);
    }

    /** When the account's link was made; empty when it has none. */
    public Optional<Instant> linkMadeAt(long accountId) {
        return links.since(accountId);
    }

    /** Turns the link off; false when there was none. */
    public boolean turnOff(long accountId) {
        served.remove(accountId);
        boolean was = links.delete(accountId);
        if (was) {
            audit.record(accountId, AuditKind.CALENDAR_LINK_OFF, "the calendar link stops working");
        }
        return was;
    }

    /**
     * The feed behind a token, with links to the web app at {@code baseUrl}; empty for a token that
     * is not, or no longer, any account's link (the caller says no more than "not found").
     */
    public Optional<String> feed(String token, String baseUrl) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return links.accountOf(Tokens.sha256(token)).map(id -> served.compute(id, (key, last) -> {
            Account account = accounts.byId(id);
            Instant now = clock.instant();
            LocalDate today = account.today(clock);
            if (last != null && last.baseUrl().equals(baseUrl) && last.today().equals(today)
                    && now.isBefore(last.at().plus(SERVED_FOR))) {
                return last;
            }
            return new Served(baseUrl, today, now, feed(account, baseUrl));
        }).ics());
    }

    /** The account's feed as iCalendar text. */
    public String feed(Account account, String baseUrl) {
        return Ics.text(calendar(account, baseUrl));
    }

    Calendar calendar(Account account, String baseUrl) {
        LocalDate today = account.today(clock);
        List<Today> days = new ArrayList<>(DAYS_BACK + 1 + DAYS_AHEAD);
        for (LocalDate day = today.minusDays(DAYS_BACK); !day.isAfter(today.plusDays(DAYS_AHEAD)); day = day.plusDays(1)) {
            days.add(planner.today(account, day, MORE));
        }
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return Ics.calendar(FeedEvents.of(days, uidDomain(account.id()), base), account.settings().timeZone(),
                clock.instant());
    }

    /**
     * The part of every UID after the "@": the account's, the same on every request and for every
     * link, and not its id in plain sight.
     */
    private static String uidDomain(long accountId) {
        return Tokens.sha256("kith-calendar-account:" + accountId).substring(0, 16) + ".kith";
    }
}
