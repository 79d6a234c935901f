package app.kith.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a contacts file changed about people already here (their role, company, town), kept for
 * their timeline and for Today's congratulations on a new job. Only the person's own account sees
 * it; it goes when the person is purged.
 */
public class ProfileChanges {

    /** The fields whose change is kept: the ones a newer file says better than what Kith has. */
    public static final List<String> FIELDS = List.of("role", "company", "location");

    private final ChangeRepository changes;

    public ProfileChanges(JdbcClient jdbc) {
        this.changes = new ChangeRepository(jdbc);
    }

    /**
     * Records, in the caller's transaction, what {@code source} changed about a person on a day;
     * only what truly changed is kept, and a new role or company keeps the other job field beside
     * it so the timeline can say "Staff Engineer at Stripe". Returns the ids of the rows written.
     */
    public List<Long> record(long accountId, long personId, LocalDate on, String source, List<FieldChange> fields) {
        List<FieldChange> kept = new ArrayList<>();
        boolean job = fields.stream().anyMatch(c -> (c.field().equals("role") || c.field().equals("company")) && c.changes());
        for (FieldChange c : fields) {
            boolean jobField = c.field().equals("role") || c.field().equals("company");
            if (FIELDS.contains(c.field()) && (c.changes() || jobField && job && c.after() != null)) {
                kept.add(c);
            }
        }
        return kept.isEmpty() ? List.of() : changes.insert(accountId, personId, on, source, kept);
    }

    /** A person's profile changes, the latest first, each source's changes of a day together. */
    public List<ProfileUpdate> ofPerson(long accountId, long personId) {
        return grouped(changes.ofPerson(accountId, personId)).values().stream().map(Group::update).toList();
    }

    /**
     * The new jobs learnt on or after a day (a role or company that replaced a known one), oldest
     * first: what Today can congratulate people on. Deleted people are left out.
     */
    public List<JobChange> jobChangesSince(long accountId, LocalDate from) {
        List<JobChange> jobs = new ArrayList<>();
        for (Group g : grouped(changes.jobsSince(accountId, from)).values()) {
            ProfileUpdate u = g.update();
            if (u.isJobChange()) {
                FieldChange role = u.field("role");
                FieldChange company = u.field("company");
                jobs.add(new JobChange(u.personId(), g.name, u.on(), role == null ? null : role.before(),
                        role == null ? null : role.after(), company == null ? null : company.before(),
                        company == null ? null : company.after(), u.source(), u.sentence()));
            }
        }
        return jobs;
    }

    /** Every change kept about the account's living people, oldest first: for a JSON export. */
    public List<ProfileChange> all(long accountId) {
        return changes.all(accountId).stream().map(r -> new ProfileChange(r.personId(), r.on(), r.field(), r.before(),
                r.after(), r.source())).toList();
    }

    /** Puts back changes as an export kept them (a restore), in the caller's transaction; returns their ids. */
    public List<Long> restore(long accountId, List<ProfileChange> kept) {
        List<Long> ids = new ArrayList<>();
        for (ProfileChange c : kept) {
            ids.addAll(changes.insert(accountId, c.personId(), c.on(), c.source(),
                    List.of(new FieldChange(c.field(), c.before(), c.after()))));
        }
        return ids;
    }

    /** Deletes these rows (an import taken back takes back what it recorded). */
    public void erase(long accountId, Collection<Long> ids) {
        changes.delete(accountId, ids);
    }

    /** The rows of one person, day and source. */
    private record Key(long personId, LocalDate on, String source) {
    }

    private static final class Group {
        final String name;
        final Key key;
        final List<FieldChange> fields = new ArrayList<>();

        Group(String name, Key key) {
            this.name = name;
            this.key = key;
        }

        ProfileUpdate update() {
            return new ProfileUpdate(key.personId(), key.on(), key.source(), List.copyOf(fields));
        }
    }

    private static Map<Key, Group> grouped(List<ChangeRepository.Row> rows) {
        Map<Key, Group> groups = new LinkedHashMap<>();
        for (ChangeRepository.Row r : rows) {
            Key key = new Key(r.personId(), r.on(), r.source());
            groups.computeIfAbsent(key, k -> new Group(r.name(), k)).fields.add(new FieldChange(r.field(), r.before(), r.after()));
        }
        return groups;
    }
}
