package app.kith.agenda;

import app.kith.person.Clocks;
import app.kith.person.Identities;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.transaction.support.TransactionOperations;

/**
 * What a fetch's meetings become: each past one with people in Kith a {@code mutual} touchpoint
 * per person, once, and each coming one a row for the person's page. A meeting is once per person
 * through the keys {@code cal:ADDRESS:UID|RECURRENCE-ID} (by address rather than person, so a merge
 * or a new person changes nothing), kept when the touchpoint is deleted: a touchpoint taken away by
 * hand does not come back with the next fetch.
 */
final class Meetings {

    static final String PREFIX = "cal:";
    static final int MAX_NOTE = 200;

    private final SubscriptionRepository subscriptions;
    private final Identities identities;
    private final Touchpoints touchpoints;
    private final Clocks clocks;
    private final TransactionOperations tx;

    Meetings(SubscriptionRepository subscriptions, Identities identities, Touchpoints touchpoints, Clocks clocks,
             TransactionOperations tx) {
        this.subscriptions = subscriptions;
        this.identities = identities;
        this.touchpoints = touchpoints;
        this.clocks = clocks;
        this.tx = tx;
    }

    FetchResult record(long accountId, long calendarId, List<Occurrence> read, Instant now) {
        Map<String, Long> index = identities.identityIndex(accountId);
        return tx.execute(s -> {
            List<NewTouchpoint> batch = new ArrayList<>();
            Set<Long> touched = new LinkedHashSet<>();
            List<SubscriptionRepository.Upcoming> upcoming = new ArrayList<>();
            for (Occurrence o : read) {
                Map<Long, List<String>> people = people(o, index);
                if (!o.end().isAfter(now)) {
                    people.forEach((person, addresses) -> {
                        List<String> keys = addresses.stream().map(a -> PREFIX + a + ":" + o.key()).toList();
                        if (subscriptions.importKeys(accountId, keys).isEmpty()) {
                            batch.add(new NewTouchpoint(person, o.day(), o.kind(), "mutual", note(o)));
                            keys.forEach(k -> subscriptions.addImportKey(accountId, k));
                            touched.add(person);
                        }
                    });
                } else {
                    people.keySet().forEach(person -> upcoming.add(new SubscriptionRepository.Upcoming(o.key(), person,
                            o.start(), (int) o.day().toEpochDay(), o.kind())));
                }
            }
            if (!batch.isEmpty()) {
                touchpoints.logAll(accountId, batch);
                clocks.recomputeClocks(accountId, touched);
            }
            subscriptions.replaceUpcoming(accountId, calendarId, upcoming);
            subscriptions.fetched(accountId, calendarId, now, batch.size(), null);
            return new FetchResult(calendarId, read.size(), batch.size(), upcoming.size(), null);
        });
    }

    /** The people in Kith among a meeting's others, each with the addresses they were invited by. */
    private static Map<Long, List<String>> people(Occurrence o, Map<String, Long> index) {
        Map<Long, List<String>> people = new LinkedHashMap<>();
        for (String address : o.others()) {
            Long person = index.get(Identities.emailKey(address));
            if (person != null) {
                people.computeIfAbsent(person, p -> new ArrayList<>()).add(address);
            }
        }
        return people;
    }

    /** The title, never the description: enough to recognise the meeting in the timeline. */
    private static String note(Occurrence o) {
        String title = o.summary().replaceAll("\\s+", " ").strip();
        if (title.isEmpty()) {
            return "From your calendar";
        }
        return "Calendar: " + (title.length() > MAX_NOTE ? title.substring(0, MAX_NOTE - 1) + "…" : title);
    }
}
