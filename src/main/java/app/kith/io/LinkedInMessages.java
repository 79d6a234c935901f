package app.kith.io;

import app.kith.Invalid;
import app.kith.audit.Audit;
import app.kith.audit.AuditKind;
import app.kith.io.LinkedInMessagesReader.Message;
import app.kith.person.Clocks;
import app.kith.person.Identities;
import app.kith.person.NameCard;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Conversation history from LinkedIn's messages.csv: each message between you and a person in
 * Kith is a touchpoint (channel message, {@code out} when you wrote, {@code in} when they did), at
 * most one per person, day and direction, never with its content. Each one logged leaves a key,
 * so importing the same export again, or a later one that overlaps, logs nothing twice.
 */
public class LinkedInMessages {

    /** What an import did, or would do: touchpoints, people, messages by direction, conversations left out. */
    public record Result(boolean applied, int touchpoints, int people, int messages, int out, int in,
                         int unknownConversations, int alreadyImported, String me) {
    }

    static final String NOTE = "LinkedIn message";
    private static final String PREFIX = "linkedin-messages:";

    private final JdbcClient sql;
    private final Identities identities;
    private final Touchpoints touchpoints;
    private final Clocks clocks;
    private final TransactionOperations tx;
    private final Audit audit;

    LinkedInMessages(JdbcClient sql, Identities identities, Touchpoints touchpoints, Clocks clocks,
                     TransactionOperations tx, Audit audit) {
        this.audit = audit;
        this.sql = sql;
        this.identities = identities;
        this.touchpoints = touchpoints;
        this.clocks = clocks;
        this.tx = tx;
    }

    /**
     * Reads the file and logs its touchpoints in one transaction (or, {@code dryRun}, only says
     * what it would). {@code me}: your profile address or name; null to find it as the sender
     * whose profile is in every conversation.
     */
    public Result run(long accountId, InputStream in, String me, boolean dryRun) {
        List<Message> messages = LinkedInMessagesReader.read(in);
        Me you = me == null || me.isBlank() ? Me.found(messages) : Me.given(me.strip());
        Matcher matcher = new Matcher(identities.identityIndex(accountId), identities.nameCards(accountId));
        Map<String, NewTouchpoint> planned = new LinkedHashMap<>();
        Set<String> unknownConversations = new HashSet<>();
        int[] byDirection = new int[2]; // out, in
        for (Message m : messages) {
            boolean mine = you.is(m.from(), m.fromUrl());
            if (mine) {
                byDirection[0]++;
                for (int i = 0; i < Math.max(m.to().size(), m.toUrls().size()); i++) {
                    String name = m.to().size() == m.toUrls().size() || m.toUrls().isEmpty()
                            ? at(m.to(), i) : "";
                    String url = at(m.toUrls(), i);
                    if (you.is(name, url)) {
                        continue;
                    }
                    plan(planned, unknownConversations, matcher.find(url, name), m, "out");
                }
            } else {
                byDirection[1]++;
                plan(planned, unknownConversations, matcher.find(m.fromUrl(), m.from()), m, "in");
            }
        }
        return tx.execute(s -> {
            Set<String> done = existing(accountId);
            List<String> keys = planned.keySet().stream().filter(k -> !done.contains(k)).toList();
            List<NewTouchpoint> batch = keys.stream().map(planned::get).toList();
            Set<Long> people = new LinkedHashSet<>();
            batch.forEach(t -> people.add(t.personId()));
            if (!dryRun && !batch.isEmpty()) {
                touchpoints.logAll(accountId, batch);
                for (String key : keys) {
                    sql.sql("INSERT INTO touchpoint_import_key (account_id, import_key) VALUES (:account, :key)")
                            .param("account", accountId).param("key", key).update();
                }
                clocks.recomputeClocks(accountId, people);
            }
            if (!dryRun) {
                audit.record(accountId, AuditKind.IMPORTED, "imported linkedin messages: "
                        + Audit.count(messages.size(), "message", "messages") + " read, "
                        + Audit.count(batch.size(), "touchpoint", "touchpoints") + " logged for "
                        + Audit.count(people.size(), "person", "people"));
            }
            return new Result(!dryRun, batch.size(), people.size(), messages.size(), byDirection[0], byDirection[1],
                    unknownConversations.size(), planned.size() - keys.size(), you.said());
        });
    }

    private static void plan(Map<String, NewTouchpoint> planned, Set<String> unknown, Long personId, Message m,
                             String direction) {
        if (personId == null) {
            unknown.add(m.conversation());
            return;
        }
        String key = PREFIX + personId + ":" + m.day().toEpochDay() + ":" + direction;
        planned.putIfAbsent(key, new NewTouchpoint(personId, m.day(), "message", direction, NOTE));
    }

    private Set<String> existing(long accountId) {
        return new HashSet<>(sql.sql("SELECT import_key FROM touchpoint_import_key WHERE account_id = :account"
                        + " AND import_key LIKE :prefix").param("account", accountId).param("prefix", PREFIX + "%")
                .query(String.class).list());
    }

    private static String at(List<String> list, int i) {
        return i < list.size() ? list.get(i) : "";
    }

    /** Who "you" are in the file: a profile address or a name. */
    private record Me(String url, String name, String said) {

        static Me given(String me) {
            return me.toLowerCase(Locale.ROOT).contains("linkedin.com/") ? new Me(Identities.linkedinKey(me), null, me)
                    : new Me(null, me.toLowerCase(Locale.ROOT), me);
        }

        /** The sender whose profile is in every conversation: the account that exported the file. */
        static Me found(List<Message> messages) {
            Map<String, Set<String>> byConversation = new LinkedHashMap<>();
            Map<String, String> senders = new HashMap<>();
            for (Message m : messages) {
                Set<String> in = byConversation.computeIfAbsent(m.conversation(), c -> new HashSet<>());
                if (!m.fromUrl().isEmpty()) {
                    String key = Identities.linkedinKey(m.fromUrl());
                    in.add(key);
                    senders.putIfAbsent(key, m.fromUrl());
                }
                m.toUrls().forEach(u -> in.add(Identities.linkedinKey(u)));
            }
            List<String> everywhere = new ArrayList<>(senders.keySet());
            byConversation.values().forEach(everywhere::retainAll);
            if (messages.isEmpty()) {
                return new Me(null, null, "");
            }
            if (everywhere.size() != 1) {
                throw new Invalid("me", everywhere.isEmpty()
                        ? "No sender's profile is in every conversation, so which one is you cannot be told: say it"
                        + " (your LinkedIn profile address, or your name as LinkedIn writes it)"
                        : "Which of " + String.join(", ", everywhere.stream().map(senders::get).sorted().toList())
                        + " is you cannot be told: say it (your LinkedIn profile address or your name)");
            }
            return new Me(everywhere.get(0), null, senders.get(everywhere.get(0)));
        }

        boolean is(String name, String profileUrl) {
            if (url != null) {
                return !profileUrl.isEmpty() && Identities.linkedinKey(profileUrl).equals(url);
            }
            return this.name != null && name.strip().toLowerCase(Locale.ROOT).equals(this.name);
        }
    }

    /** A correspondent to a person: by LinkedIn profile first, else by a full name only one person has. */
    private static final class Matcher {
        private final Map<String, Long> index;
        private final Map<String, Long> byName = new HashMap<>();

        Matcher(Map<String, Long> index, List<NameCard> cards) {
            this.index = index;
            Set<String> twice = new HashSet<>();
            for (NameCard c : cards) {
                String n = c.name().strip().toLowerCase(Locale.ROOT);
                if (byName.putIfAbsent(n, c.id()) != null) {
                    twice.add(n);
                }
            }
            twice.forEach(byName::remove);
        }

        Long find(String url, String name) {
            if (!url.isEmpty()) {
                Long byUrl = index.get(Identities.linkedinKey(url));
                if (byUrl != null) {
                    return byUrl;
                }
            }
            return name.isEmpty() ? null : byName.get(name.strip().toLowerCase(Locale.ROOT));
        }
    }
}
