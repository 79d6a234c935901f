package app.kith.person;

import app.kith.circle.Circles;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who is who: a person found by id or name, and what says that two records are one person (see
 * {@link IdentityKeys}: {@code email:…}, {@code linkedin:…}, {@code phone:…}). What imports match
 * against and where duplicates are found.
 */
public class Identities {

    private final PersonRepository people;
    private final PersonViews views;
    private final JdbcClient sql;

    public Identities(JdbcTemplate jdbc, Circles circles) {
        this.people = new PersonRepository(jdbc);
        this.views = new PersonViews(people, circles);
        this.sql = JdbcClient.create(jdbc);
    }

    /**
     * What a typed reference points at: an id, else a name equal to it (ignoring case), else
     * names containing it.
     */
    public Match resolve(long accountId, String reference) {
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty()) {
            return new Match.None(ref);
        }
        if (ref.matches("\\d{1,18}")) {
            var byId = people.find(accountId, Long.parseLong(ref));
            if (byId.isPresent()) {
                return new Match.One(views.of(accountId, List.of(byId.get())).get(0));
            }
        }
        List<Long> ids = people.idsByName(accountId, People.key(ref), true, 20);
        if (ids.isEmpty()) {
            ids = people.idsByName(accountId, People.key(ref), false, 20);
        }
        return switch (ids.size()) {
            case 0 -> new Match.None(ref);
            case 1 -> new Match.One(views.get(accountId, ids.get(0)));
            default -> new Match.Many(views.get(accountId, ids));
        };
    }

    /**
     * What would say that this draft and someone already here are one person, after checking the
     * draft as {@link People#add} does: Invalid names the field.
     */
    public Set<String> identityKeys(PersonDraft draft) {
        return IdentityKeys.of(CleanPerson.of(draft));
    }

    /** Every identity key of the account's people, to the person it names. */
    public Map<String, Long> identityIndex(long accountId) {
        return IdentityKeys.index(sql, accountId);
    }

    /**
     * The people these identity keys name, as {@link #identityIndex(long)} would have them: what
     * an import of a few rows into a large network reads instead of everyone's keys.
     */
    public Map<String, Long> identityIndex(long accountId, Collection<String> keys) {
        return IdentityKeys.find(sql, accountId, keys);
    }

    /** The identity keys that two or more living people share, each to those people's ids in order. */
    public Map<String, List<Long>> sharedIdentities(long accountId) {
        return IdentityKeys.shared(sql, accountId);
    }

    /** Every living person of the account as a name card, in the order they were added. */
    public List<NameCard> nameCards(long accountId) {
        return people.nameCards(accountId);
    }

    /** The identity key of a LinkedIn profile address: case, {@code www.} and trailing slashes do not matter. */
    public static String linkedinKey(String url) {
        return IdentityKeys.linkedin(url);
    }

    /** The identity key of an email address, as {@link #identityIndex} holds it: case does not matter. */
    public static String emailKey(String address) {
        return IdentityKeys.email(address);
    }

    /** The identity key of a phone number, {@code phone:} and its digits, or null when too short to say. */
    public static String phoneKey(String number) {
        return IdentityKeys.phone(number);
    }
}
