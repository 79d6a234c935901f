package app.kith.person;

import app.kith.Batches;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What says two people are one: the same email, the same LinkedIn profile, the same phone number
 * (its digits, at least seven of them). Keys are written {@code email:…}, {@code linkedin:…},
 * {@code phone:…}, normalised so that the ways one thing is typed meet.
 */
final class IdentityKeys {

    private static final String EMAIL = "email:";
    private static final String PHONE = "phone:";
    private static final String LINKEDIN = "linkedin:";
    // Compiled once: every person an import writes, and every row it reads, has its keys made.
    private static final Pattern SCHEME = Pattern.compile("^https?://");
    private static final Pattern SUBDOMAIN = Pattern.compile("^(www\\.|[a-z]{2}\\.)");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern NOT_DIGITS = Pattern.compile("[^0-9]");

    private IdentityKeys() {
    }

    static Set<String> of(CleanPerson p) {
        Set<String> keys = new LinkedHashSet<>();
        p.emails().forEach(e -> keys.add(email(e)));
        if (p.linkedinUrl() != null) {
            keys.add(linkedin(p.linkedinUrl()));
        }
        p.phones().forEach(n -> {
            String key = phone(n);
            if (key != null) {
                keys.add(key);
            }
        });
        return keys;
    }

    /**
     * Every key of an account's people (deleted ones left out), to the person it names: read as
     * stored (emails lower-cased, {@code person_phone.phone_key}, {@code person.linkedin_key}).
     */
    static Map<String, Long> index(JdbcClient jdbc, long accountId) {
        Map<String, Long> index = new HashMap<>();
        String alive = " JOIN person p ON p.account_id = x.account_id AND p.id = x.person_id AND p.deleted_at IS NULL"
                + " WHERE x.account_id = :account";
        // In id order, so a key two people share always finds the one added first: a scan's own order
        // follows whichever index the plan picks, and changes as people's rows do.
        jdbc.sql("SELECT x.person_id, x.email FROM person_email x" + alive + " ORDER BY x.person_id")
                .param("account", accountId).query(rs -> {
                    index.putIfAbsent(email(rs.getString(2)), rs.getLong(1));
                });
        jdbc.sql("SELECT x.person_id, x.phone_key FROM person_phone x" + alive + " AND x.phone_key IS NOT NULL"
                        + " ORDER BY x.person_id").param("account", accountId).query(rs -> {
                    index.putIfAbsent(rs.getString(2), rs.getLong(1));
                });
        jdbc.sql("SELECT id, linkedin_key FROM person WHERE account_id = :account AND deleted_at IS NULL"
                        + " AND linkedin_key IS NOT NULL ORDER BY id").param("account", accountId)
                .query(rs -> {
                    index.putIfAbsent(rs.getString(2), rs.getLong(1));
                });
        return index;
    }

    /**
     * The people these keys name, as {@link #index} has them but looked up key by key in the
     * indexes of the stored keys: what a small import into a large network reads. A key no living
     * person has is left out; one that several have names the one added first (the lowest id).
     */
    static Map<String, Long> find(JdbcClient jdbc, long accountId, Collection<String> keys) {
        List<String> emails = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        List<String> profiles = new ArrayList<>();
        for (String key : new LinkedHashSet<>(keys)) {
            if (key.startsWith(EMAIL)) {
                emails.add(key.substring(EMAIL.length()));
            } else if (key.startsWith(PHONE)) {
                phones.add(key);
            } else if (key.startsWith(LINKEDIN)) {
                profiles.add(key);
            }
        }
        // Who holds each key, then which of them live: two plain look-ups, each by its own index. As
        // one join, SQLite's planner could walk every person of the account instead.
        Map<String, List<Long>> holders = new HashMap<>();
        for (List<String> some : Batches.of(emails)) {
            jdbc.sql("SELECT email, person_id FROM person_email WHERE account_id = :account AND email IN (:keys)")
                    .param("account", accountId).param("keys", some)
                    .query(rs -> {
                        holders.computeIfAbsent(EMAIL + rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    });
        }
        for (List<String> some : Batches.of(phones)) {
            jdbc.sql("SELECT phone_key, person_id FROM person_phone WHERE account_id = :account AND phone_key IN (:keys)")
                    .param("account", accountId).param("keys", some)
                    .query(rs -> {
                        holders.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    });
        }
        Set<Long> living = living(jdbc, accountId,
                holders.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
        Map<String, Long> found = new HashMap<>();
        holders.forEach((key, ids) -> ids.stream().filter(living::contains).min(Long::compare)
                .ifPresent(id -> found.put(key, id)));
        for (List<String> some : Batches.of(profiles)) {
            jdbc.sql("SELECT linkedin_key, min(id) FROM person WHERE account_id = :account AND deleted_at IS NULL"
                            + " AND linkedin_key IN (:keys) GROUP BY linkedin_key")
                    .param("account", accountId).param("keys", some)
                    .query(rs -> {
                        found.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return found;
    }

    /** Those of these people who are not deleted. */
    private static Set<Long> living(JdbcClient jdbc, long accountId, Collection<Long> ids) {
        Set<Long> living = new HashSet<>();
        for (List<Long> some : Batches.of(ids)) {
            living.addAll(jdbc.sql("SELECT id FROM person WHERE account_id = :account AND id IN (:ids) AND deleted_at IS NULL")
                    .param("account", accountId).param("ids", some).query(Long.class).list());
        }
        return living;
    }

    /**
     * The keys two or more of an account's people share (deleted ones left out), each to those
     * people in id order: where duplicates are found without comparing everyone with everyone.
     */
    static Map<String, List<Long>> shared(JdbcClient jdbc, long accountId) {
        Map<String, Set<Long>> byKey = new HashMap<>();
        String alive = " JOIN person p ON p.account_id = x.account_id AND p.id = x.person_id AND p.deleted_at IS NULL"
                + " WHERE x.account_id = :account";
        // In id order, so a key two people share always finds the one added first: a scan's own order
        // follows whichever index the plan picks, and changes as people's rows do.
        jdbc.sql("SELECT x.person_id, x.email FROM person_email x" + alive + " ORDER BY x.person_id")
                .param("account", accountId).query(rs -> {
                    byKey.computeIfAbsent(email(rs.getString(2)), k -> new TreeSet<>()).add(rs.getLong(1));
                });
        jdbc.sql("SELECT x.person_id, x.phone FROM person_phone x" + alive + " ORDER BY x.person_id")
                .param("account", accountId).query(rs -> {
                    String key = phone(rs.getString(2));
                    if (key != null) {
                        byKey.computeIfAbsent(key, k -> new TreeSet<>()).add(rs.getLong(1));
                    }
                });
        jdbc.sql("SELECT id, linkedin_url FROM person WHERE account_id = :account AND deleted_at IS NULL"
                        + " AND linkedin_url IS NOT NULL ORDER BY id").param("account", accountId)
                .query(rs -> {
                    byKey.computeIfAbsent(linkedin(rs.getString(2)), k -> new TreeSet<>()).add(rs.getLong(1));
                });
        Map<String, List<Long>> shared = new TreeMap<>();
        byKey.forEach((key, ids) -> {
            if (ids.size() > 1) {
                shared.put(key, List.copyOf(ids));
            }
        });
        return shared;
    }

    static String email(String email) {
        return EMAIL + email.toLowerCase(Locale.ROOT);
    }

    /** https://www.linkedin.com/in/Ada/ and linkedin.com/in/ada are one profile. */
    static String linkedin(String url) {
        String u = SUBDOMAIN.matcher(SCHEME.matcher(url.toLowerCase(Locale.ROOT)).replaceFirst("")).replaceFirst("");
        return LINKEDIN + TRAILING_SLASHES.matcher(u).replaceAll("");
    }

    /** Its digits: spacing and punctuation do not matter; +44 20… and 020… stay two (the country cannot be guessed). */
    static String phone(String number) {
        String digits = NOT_DIGITS.matcher(number).replaceAll("");
        return digits.length() < 7 ? null : PHONE + digits;
    }
}
