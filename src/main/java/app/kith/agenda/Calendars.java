package app.kith.agenda;

import app.kith.Conflict;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.SecretKey;
import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.person.Clocks;
import app.kith.person.Identities;
import app.kith.touchpoint.Touchpoints;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The calendars an account subscribes to, and what they give: each fetch (by hand, or hourly by
 * {@link #fetchDue}) logs the past meetings with people in Kith as touchpoints, once each, and
 * keeps the coming ones for the person's page. Read only: Kith never writes to a calendar.
 */
public class Calendars {

    /** How far back a fetch looks for meetings, and how far ahead for coming ones. */
    static final Duration LOOK_BACK = Duration.ofDays(365);
    public static final int NEXT_DAYS = 30;
    /** How long a fetch may hold its calendar before another may take it (a node that died mid-fetch). */
    static final Duration CLAIM = Duration.ofMinutes(10);
    static final int MAX_URL = 2_000;

    private final SubscriptionRepository subscriptions;
    private final Meetings meetings;
    private static final String AGAIN = "Remove the calendar and add it again.";

    private final SecretKey key;
    private final Fetcher fetcher;
    private final BooleanSupplier privateAllowed;
    private final Accounts accounts;
    private final Clock clock;

    public Calendars(JdbcClient sql, TransactionOperations tx, Clock clock, Accounts accounts, Identities identities,
                     Touchpoints touchpoints, Clocks clocks, SecretKey key, BooleanSupplier privateAddressesAllowed) {
        this.privateAllowed = privateAddressesAllowed;
        this.fetcher = new Fetcher(a -> privateAddressesAllowed.getAsBoolean() || PublicAddresses.isPublic(a));
        this.subscriptions = new SubscriptionRepository(sql);
        this.meetings = new Meetings(subscriptions, identities, touchpoints, clocks, tx);
        this.key = key;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Subscribes to a calendar; nothing is fetched yet ({@link #fetch} does). Unless private
     * addresses are allowed, an address whose host resolves to a private network's (or this
     * machine's) is refused; each fetch checks again, the host and every redirect.
     */
    public Subscription add(long accountId, NewCalendar c) {
        String url = Fields.required("url", c.url(), MAX_URL);
        String host = host(url);
        if (!privateAllowed.getAsBoolean()) {
            refusePrivate(host);
        }
        String user = Fields.optional("user", c.user(), 200);
        String password = c.password() == null || c.password().isEmpty() ? null : c.password();
        if (password != null && password.length() > 1_000) {
            throw new Invalid("password", "password is too long: at most 1000 characters");
        }
        String kind = c.kind() == null || c.kind().isBlank() ? (user != null ? "caldav" : "ical")
                : Fields.oneOf("kind", c.kind(), new String[] {"ical", "caldav"}, k -> k);
        if (kind.equals("ical") && (user != null || password != null)) {
            throw new Invalid("user", "A private iCalendar address takes no user name or password; for a CalDAV"
                    + " calendar, say kind caldav");
        }
        long id = subscriptions.insert(accountId, kind.toLowerCase(Locale.ROOT), host, key.seal(url), user,
                password == null ? null : key.seal(password), clock.instant());
        return get(accountId, id);
    }

    public List<Subscription> list(long accountId) {
        return subscriptions.list(accountId);
    }

    public Subscription get(long accountId, long id) {
        return subscriptions.find(accountId, id).orElseThrow(() -> new NotFound("No calendar " + id));
    }

    /** Stops reading the calendar; the touchpoints it gave stay, its coming meetings go. */
    public void remove(long accountId, long id) {
        if (!subscriptions.delete(accountId, id)) {
            throw new NotFound("No calendar " + id);
        }
    }

    /**
     * Fetches one calendar now. A calendar being fetched at this moment (the hourly run, another
     * node) is a Conflict; a calendar that cannot be reached or read gives a result with its error,
     * kept as the calendar's last error.
     */
    public FetchResult fetch(long accountId, long id) {
        get(accountId, id);
        Instant now = clock.instant();
        if (!subscriptions.claim(accountId, id, now, now.plus(CLAIM))) {
            throw new Conflict("calendar", "This calendar is being fetched right now; try again in a minute");
        }
        return fetchClaimed(accountId, id, now);
    }

    /**
     * Fetches every calendar not fetched for {@code every}, each one by whichever node claims it
     * first; safe to run on several nodes at once. Returns how many were fetched.
     */
    public int fetchDue(Duration every) {
        Instant now = clock.instant();
        int fetched = 0;
        for (long[] due : subscriptions.due(now.minus(every))) {
            if (subscriptions.claimIfFetchedBefore(due[0], due[1], now, now.plus(CLAIM), now.minus(every))) {
                fetchClaimed(due[0], due[1], now);
                fetched++;
            }
        }
        return fetched;
    }

    /** A person's coming meetings from today on, within {@link #NEXT_DAYS} days, at most {@code limit}, soonest first. */
    public List<NextMeeting> next(long accountId, long personId, int limit) {
        Account account = accounts.byId(accountId);
        LocalDate today = account.today(clock);
        Instant from = today.atStartOfDay(account.settings().timeZone()).toInstant();
        return subscriptions.upcoming(accountId, personId, from, from.plus(Duration.ofDays(NEXT_DAYS + 1)), limit)
                .stream().map(u -> new NextMeeting(LocalDate.ofEpochDay(u.day()), u.startsAt(), u.kind())).toList();
    }

    private FetchResult fetchClaimed(long accountId, long id, Instant now) {
        try {
            SubscriptionRepository.Sealed s = subscriptions.sealed(accountId, id);
            Account account = accounts.byId(accountId);
            Instant from = now.minus(LOOK_BACK);
            Instant to = now.plus(Duration.ofDays(NEXT_DAYS + 1));
            String url = key.open(s.urlSealed(), "url", "calendar's address", AGAIN);
            List<String> texts = s.kind().equals("caldav")
                    ? fetcher.caldav(url, s.user(), s.passwordSealed() == null ? null : key.open(s.passwordSealed(), "password",
                    "CalDAV password", AGAIN),
                    from, to)
                    : fetcher.ical(url);
            Set<String> me = new HashSet<>();
            if (account.email() != null) {
                me.add(account.email().toLowerCase(Locale.ROOT));
            }
            if (s.user() != null && s.user().contains("@")) {
                me.add(s.user().toLowerCase(Locale.ROOT));
            }
            EventReader reader = new EventReader(account.settings().timeZone(), from, to, me);
            Map<String, Occurrence> read = new LinkedHashMap<>();
            // One CalDAV resource that cannot be read does not hide the others; a calendar none of which can be read is an error.
            CalendarUnreadable unreadable = null;
            for (String text : texts) {
                try {
                    reader.read(text).forEach(o -> read.putIfAbsent(o.key(), o));
                } catch (CalendarUnreadable e) {
                    unreadable = e;
                }
            }
            if (unreadable != null && (texts.size() == 1 || read.isEmpty())) {
                throw unreadable;
            }
            return meetings.record(accountId, id, List.copyOf(read.values()), now);
        } catch (CalendarUnreadable | IllegalStateException | Conflict e) {
            subscriptions.fetched(accountId, id, now, 0, e.getMessage());
            return new FetchResult(id, 0, 0, 0, e.getMessage());
        } catch (RuntimeException e) {
            subscriptions.fetched(accountId, id, now, 0, "The fetch failed: " + e);
            throw e;
        }
    }

    private static void refusePrivate(String host) {
        try {
            PublicAddresses.checked(host, PublicAddresses::isPublic);
        } catch (PublicAddresses.Refused e) {
            throw new Invalid("url", "url must be a public address: " + e.getMessage());
        } catch (UnknownHostException e) {
            // a name that does not resolve now may tomorrow; each fetch checks it again
        }
    }

    private static String host(String url) {
        URI uri;
        try {
            uri = Fetcher.uri(url);
        } catch (IllegalArgumentException e) {
            throw new Invalid("url", "\"" + url + "\" is not an address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new Invalid("url", "url must be an http:// or https:// (or webcal://) address");
        }
        return uri.getHost().toLowerCase(Locale.ROOT);
    }
}
