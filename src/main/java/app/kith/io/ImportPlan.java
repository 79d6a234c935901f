package app.kith.io;

import app.kith.Invalid;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, row by row as the file streams, what an import does: a row that is someone already in
 * Kith (same email, LinkedIn profile or phone) updates them with what it adds; a row that is
 * someone an earlier row brought merges into it; anything else creates a person. Nothing is
 * written here: {@link Imports} writes the plan, or only shows it.
 */
final class ImportPlan implements ContactSink {

    /** A person the file creates: the row that brought them and their draft so far. */
    static final class New {
        final int line;
        PersonDraft draft;

        New(int line, PersonDraft draft) {
            this.line = line;
            this.draft = draft;
        }
    }

    private final People people;
    private final long accountId;
    private final String circle;
    private final Map<String, Long> existing;
    private final Map<String, New> byKey = new HashMap<>();
    final List<New> creates = new ArrayList<>();
    /** Rows about people already in Kith, by person. */
    final Map<Long, List<Contact>> updates = new LinkedHashMap<>();
    final List<ImportResult.Row> rows = new ArrayList<>();
    final List<ImportResult.Skip> skipped = new ArrayList<>();
    int read;
    /** The column mapping a plain CSV was read with, for the result; null for other formats. */
    Map<String, String> mapping;
    int merged;
    int unchanged;

    ImportPlan(People people, long accountId, String circle) {
        this.people = people;
        this.accountId = accountId;
        this.circle = circle;
        this.existing = people.identityIndex(accountId);
    }

    @Override
    public void contact(Contact c) {
        read++;
        PersonDraft draft = circle == null ? c.draft() : c.draft().withCircles(Merge.union(c.draft().circles(), List.of(circle)));
        Set<String> keys;
        try {
            keys = people.identityKeys(draft);
        } catch (Invalid e) {
            skipped.add(new ImportResult.Skip(c.line(), Merge.field(e)));
            row(c.line(), draft.name(), "skip", Merge.field(e));
            return;
        }
        Long id = keys.stream().map(existing::get).filter(x -> x != null).findFirst().orElse(null);
        if (id != null) {
            updates.computeIfAbsent(id, k -> new ArrayList<>()).add(new Contact(c.line(), draft, c.connectedOn()));
            return;
        }
        New earlier = keys.stream().map(byKey::get).filter(x -> x != null).findFirst().orElse(null);
        if (earlier != null) {
            earlier.draft = Merge.into(earlier.draft, draft);
            keys.forEach(k -> byKey.putIfAbsent(k, earlier));
            merged++;
            row(c.line(), draft.name(), "merge", "the same person as line " + earlier.line);
            return;
        }
        New made = new New(c.line(), draft);
        creates.add(made);
        keys.forEach(k -> byKey.putIfAbsent(k, made));
        row(c.line(), draft.name(), "create", null);
    }

    @Override
    public void skipped(Skipped s) {
        read++;
        skip(s.line(), s.reason());
    }

    private void skip(int line, String reason) {
        skipped.add(new ImportResult.Skip(line, reason));
        row(line, null, "skip", reason);
    }

    void row(int line, String name, String action, String why) {
        if (rows.size() < ImportResult.MAX_ROWS) {
            rows.add(new ImportResult.Row(line, name, action, why));
        }
    }

    /** The people the file updates, as they would be: loaded in pages, so a large re-import stays quick. */
    Map<Long, PersonDraft> changes() {
        Map<Long, PersonDraft> changed = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(updates.keySet());
        for (int from = 0; from < ids.size(); from += 500) {
            for (Person p : people.get(accountId, ids.subList(from, Math.min(ids.size(), from + 500)))) {
                PersonDraft now = p.toDraft();
                PersonDraft after = now;
                for (Contact c : updates.get(p.id())) {
                    // The import's circle is for the people it creates: someone already here keeps theirs.
                    after = Merge.into(after, c.draft().withCircles(now.circles()));
                }
                boolean changes = !Merge.same(now, after);
                if (changes) {
                    changed.put(p.id(), after);
                }
                if (!changes) {
                    unchanged += updates.get(p.id()).size();
                }
                for (Contact c : updates.get(p.id())) {
                    row(c.line(), p.name(), changes ? "update" : "unchanged",
                            changes ? "adds to " + p.name() + " (#" + p.id() + ")" : "already in Kith as #" + p.id());
                }
            }
        }
        return changed;
    }
}
