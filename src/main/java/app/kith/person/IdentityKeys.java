package app.kith.person;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What says two people are one: the same email, the same LinkedIn profile, the same phone number
 * (its digits, at least seven of them). Keys are written {@code email:…}, {@code linkedin:…},
 * {@code phone:…}, normalised so that the ways one thing is typed meet.
 */
final class IdentityKeys {

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

    /** Every key of an account's people (deleted ones left out), to the person it names. */
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
        jdbc.sql("SELECT x.person_id, x.phone FROM person_phone x" + alive + " ORDER BY x.person_id")
                .param("account", accountId).query(rs -> {
                    String key = phone(rs.getString(2));
                    if (key != null) {
                        index.putIfAbsent(key, rs.getLong(1));
                    }
                });
        jdbc.sql("SELECT id, linkedin_url FROM person WHERE account_id = :account AND deleted_at IS NULL"
                        + " AND linkedin_url IS NOT NULL ORDER BY id").param("account", accountId)
                .query(rs -> {
                    index.putIfAbsent(linkedin(rs.getString(2)), rs.getLong(1));
                });
        return index;
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
        return "email:" + email.toLowerCase(Locale.ROOT);
    }

    /** https://www.linkedin.com/in/Ada/ and linkedin.com/in/ada are one profile. */
    static String linkedin(String url) {
        String u = url.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^(www\\.|[a-z]{2}\\.)", "");
        return "linkedin:" + u.replaceAll("/+$", "");
    }

    /** Its digits: spacing and punctuation do not matter; +44 20… and 020… stay two (the country cannot be guessed). */
    static String phone(String number) {
        String digits = number.replaceAll("[^0-9]", "");
        return digits.length() < 7 ? null : "phone:" + digits;
    }
}
