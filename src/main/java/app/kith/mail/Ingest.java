package app.kith.mail;

import app.kith.mail.Envelope.Address;
import app.kith.person.Clocks;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Headers become touchpoints, the one rule shared by the IMAP sync and the mbox import. A message
 * from one of your addresses (or found in the Sent folder) is {@code out} to each person among its
 * recipients; any other is {@code in} from its sender, unless it is a mailing. Each message leaves
 * its key ({@code mail:} and its Message-ID) in touchpoint_import_key, so a message read twice
 * (again, from another folder, after UIDVALIDITY changed, from an mbox) logs nothing twice, and a
 * touchpoint deleted by hand does not come back. Correspondents who are not people are counted.
 * Runs in the caller's transaction.
 */
final class Ingest {

    static final String PREFIX = "mail:";
    // Says where the touchpoint came from: the channel already says it was an email.
    static final String NOTE = "From your mail";
    private static final int LONGEST_ID = 200;

    /** One run's fixed facts: whose mail, which addresses are yours, what to leave out, who is who. */
    record Scope(long accountId, Set<String> me, Ignored ignored, Map<String, Long> identities, LocalDate today) {
    }

    /** What a batch did: messages read, new ones among them, touchpoints logged and people they went to. */
    record Tally(int read, int fresh, int touchpoints, Set<Long> people) {

        static Tally none() {
            return new Tally(0, 0, 0, Set.of());
        }

        Tally plus(Tally t) {
            Set<Long> all = new HashSet<>(people);
            all.addAll(t.people);
            return new Tally(read + t.read, fresh + t.fresh, touchpoints + t.touchpoints, all);
        }
    }

    private final JdbcClient sql;
    private final Touchpoints touchpoints;
    private final Clocks clocks;

    Ingest(JdbcClient sql, Touchpoints touchpoints, Clocks clocks) {
        this.sql = sql;
        this.touchpoints = touchpoints;
        this.clocks = clocks;
    }

    Tally apply(Scope scope, List<Envelope> batch) {
        Map<String, Envelope> byKey = new LinkedHashMap<>();
        batch.forEach(e -> byKey.putIfAbsent(key(e), e));
        Set<String> seen = existing(scope.accountId(), byKey.keySet());
        List<NewTouchpoint> logged = new ArrayList<>();
        Set<Long> people = new LinkedHashSet<>();
        Map<String, Counted> strangers = new HashMap<>();
        List<String> fresh = new ArrayList<>();
        for (Map.Entry<String, Envelope> entry : byKey.entrySet()) {
            if (seen.contains(entry.getKey())) {
                continue;
            }
            fresh.add(entry.getKey());
            Envelope e = entry.getValue();
            LocalDate day = e.day() == null || e.day().isAfter(scope.today()) ? scope.today() : e.day();
            boolean out = e.sent() || e.from().stream().anyMatch(a -> scope.me().contains(a.email()));
            List<Address> others = out ? e.recipients() : e.bulk() || e.from().isEmpty() ? List.of() : e.from().subList(0, 1);
            Set<Long> touched = new HashSet<>();
            for (Address a : others) {
                if (scope.me().contains(a.email()) || NotPeople.machine(a.email()) || scope.ignored().covers(a.email())) {
                    continue;
                }
                Long person = scope.identities().get("email:" + a.email());
                if (person == null) {
                    strangers.computeIfAbsent(a.email(), k -> new Counted()).add(a.name(), out, day);
                } else if (touched.add(person)) {
                    logged.add(new NewTouchpoint(person, day, "email", out ? "out" : "in", NOTE));
                    people.add(person);
                }
            }
        }
        write(scope.accountId(), fresh, logged, people, strangers);
        return new Tally(batch.size(), fresh.size(), logged.size(), people);
    }

    private void write(long accountId, List<String> keys, List<NewTouchpoint> logged, Set<Long> people,
                       Map<String, Counted> strangers) {
        for (String key : keys) {
            sql.sql("INSERT INTO touchpoint_import_key (account_id, import_key) VALUES (:account, :key)")
                    .param("account", accountId).param("key", key).update();
        }
        if (!logged.isEmpty()) {
            touchpoints.logAll(accountId, logged);
            clocks.recomputeClocks(accountId, people);
        }
        strangers.forEach((address, c) -> sql.sql("""
                        INSERT INTO mail_correspondent (account_id, address, name, received, sent, last_day)
                        VALUES (:account, :address, :name, :received, :sent, :day)
                        ON CONFLICT (account_id, address) DO UPDATE SET
                          name = COALESCE(excluded.name, mail_correspondent.name),
                          received = mail_correspondent.received + excluded.received,
                          sent = mail_correspondent.sent + excluded.sent,
                          last_day = CASE WHEN excluded.last_day > mail_correspondent.last_day
                                          THEN excluded.last_day ELSE mail_correspondent.last_day END
                        """).param("account", accountId).param("address", address).param("name", c.name)
                .param("received", c.received).param("sent", c.sent).param("day", c.last.toEpochDay()).update());
    }

    private Set<String> existing(long accountId, Set<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(sql.sql("SELECT import_key FROM touchpoint_import_key WHERE account_id = :account"
                        + " AND import_key IN (:keys)").param("account", accountId).param("keys", keys)
                .query(String.class).list());
    }

    /**
     * {@code mail:} and the Message-ID; a long one by its SHA-256; a message without one by the
     * hash of what it has (addresses and day), so that reading it again still finds it.
     */
    static String key(Envelope e) {
        String id = e.messageId();
        if (id == null || id.isBlank()) {
            return PREFIX + "h:" + sha256(e.from() + "|" + e.recipients() + "|" + e.day());
        }
        return id.length() <= LONGEST_ID ? PREFIX + id : PREFIX + "#" + sha256(id);
    }

    private static String sha256(String s) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A correspondent who is not a person, counted over a batch. */
    private static final class Counted {
        String name;
        int received;
        int sent;
        LocalDate last = LocalDate.MIN;

        void add(String name, boolean out, LocalDate day) {
            if (name != null && !name.isBlank()) {
                this.name = name.strip();
            }
            if (out) {
                sent++;
            } else {
                received++;
            }
            if (day.isAfter(last)) {
                last = day;
            }
        }
    }
}
