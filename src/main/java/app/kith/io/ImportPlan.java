package app.kith.io;

import app.kith.Invalid;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides, row by row as the file streams, what an import does: a row that is someone already in
 * Kith (same email, LinkedIn profile or phone) updates them with what it adds; a row that is
 * someone an earlier row brought merges into it; anything else creates a person. An import
 * ({@link Writer} given) writes the people it creates a chunk at a time as it reads, so memory
 * holds a chunk, not the file; a preview writes nothing and, a chunk at a time, forgets all of
 * the people it would create but what tells them apart, so it streams as an import does.
 */
final class ImportPlan implements ContactSink {

    /** People are written this many at a time. */
    static final int CHUNK = 2_000;

    /** Writes new people, their ids back in order; {@code firstIndex}: the first one's place among all the import creates. */
    interface Writer {
        List<Long> write(List<PersonDraft> drafts, int firstIndex);
    }

    /** A person the file creates, not written yet: the row that brought them, their draft so far, their keys. */
    private static final class New {
        final int line;
        PersonDraft draft;
        final Set<String> keys = new HashSet<>();

        New(int line, PersonDraft draft) {
            this.line = line;
            this.draft = draft;
        }
    }

    private final People people;
    private final long accountId;
    private final String circle;
    private final Writer writer;
    private final Map<String, Long> existing;
    private final Map<String, New> byKey = new HashMap<>();
    private final List<New> pending = new ArrayList<>();
    /** The people this import created, to the line that brought them: rows about them later are merges. */
    private final Map<Long, Integer> createdHere = new HashMap<>();
    /** The groups the new people are in, by their key: circles to make when they are not yet. */
    final Map<String, String> circleNames = new LinkedHashMap<>();
    /** Rows about people already in Kith (or written by this import), by person. */
    private final Map<Long, List<Contact>> updates = new LinkedHashMap<>();
    final List<ImportResult.Row> rows = new ArrayList<>();
    final List<ImportResult.Skip> skipped = new ArrayList<>();
    int skippedCount;
    int read;
    int created;
    int merged;
    int updated;
    int unchanged;
    /** The column mapping a plain CSV was read with, for the result; null for other formats. */
    Map<String, String> mapping;

    /** {@code writer} null: a preview. */
    ImportPlan(People people, long accountId, String circle, Writer writer) {
        this.people = people;
        this.accountId = accountId;
        this.circle = circle;
        this.writer = writer;
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
            skip(new ImportResult.Skip(c.line(), Merge.field(e)));
            row(c.line(), draft.name(), "skip", Merge.field(e));
            return;
        }
        Long id = keys.stream().map(existing::get).filter(x -> x != null).findFirst().orElse(null);
        if (id != null) {
            if (id < 0) {
                merge(c.line(), draft.name(), (int) -id);
            } else if (createdHere.containsKey(id)) {
                merge(c.line(), draft.name(), createdHere.get(id));
            }
            if (id > 0) {
                updates.computeIfAbsent(id, k -> new ArrayList<>()).add(new Contact(c.line(), draft, c.connectedOn()));
            }
            return;
        }
        New earlier = keys.stream().map(byKey::get).filter(x -> x != null).findFirst().orElse(null);
        if (earlier != null) {
            earlier.draft = Merge.into(earlier.draft, draft);
            own(earlier, keys);
            groups(draft);
            merge(c.line(), draft.name(), earlier.line);
            return;
        }
        New made = new New(c.line(), draft);
        pending.add(made);
        created++;
        own(made, keys);
        groups(draft);
        row(c.line(), draft.name(), "create", null);
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    private void merge(int line, String name, int into) {
        merged++;
        row(line, name, "merge", "the same person as line " + into);
    }

    private void own(New n, Set<String> keys) {
        n.keys.addAll(keys);
        keys.forEach(k -> byKey.putIfAbsent(k, n));
    }

    private void groups(PersonDraft draft) {
        draft.circles().forEach(name -> circleNames.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), name.strip()));
    }

    /**
     * Writes the people waiting to be written; from then on, rows about them update them. A
     * preview writes nothing and gives each the minus of its line for an id: never the id of
     * someone here, and all a later row about them needs to say which row it merges into.
     */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Long> ids = writer != null ? writer.write(pending.stream().map(n -> n.draft).toList(), created - pending.size())
                : pending.stream().map(n -> (long) -n.line).toList();
        for (int i = 0; i < ids.size(); i++) {
            New n = pending.get(i);
            if (writer != null) {
                createdHere.put(ids.get(i), n.line);
            }
            for (String key : n.keys) {
                existing.putIfAbsent(key, ids.get(i));
                byKey.remove(key);
            }
        }
        pending.clear();
    }

    @Override
    public void skipped(Skipped s) {
        read++;
        skip(new ImportResult.Skip(s.line(), s.reason()));
        row(s.line(), null, "skip", s.reason());
    }

    private void skip(ImportResult.Skip skip) {
        skippedCount++;
        if (skipped.size() < ImportResult.MAX_SKIPPED) {
            skipped.add(skip);
        }
    }

    void row(int line, String name, String action, String why) {
        if (rows.size() < ImportResult.MAX_ROWS) {
            rows.add(new ImportResult.Row(line, name, action, why));
        }
    }

    /**
     * The people the file updates, as they would be (those already here, and those this import
     * wrote that later rows add to): loaded in pages, so a large re-import stays quick.
     */
    Map<Long, PersonDraft> changes() {
        Map<Long, PersonDraft> changed = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(updates.keySet());
        for (int from = 0; from < ids.size(); from += 500) {
            for (Person p : people.get(accountId, ids.subList(from, Math.min(ids.size(), from + 500)))) {
                boolean ours = createdHere.containsKey(p.id());
                PersonDraft now = p.toDraft();
                PersonDraft after = now;
                for (Contact c : updates.get(p.id())) {
                    // The import's circle is for the people it creates: someone already here keeps theirs.
                    after = Merge.into(after, ours ? c.draft() : c.draft().withCircles(now.circles()));
                }
                boolean changes = !Merge.same(now, after);
                if (changes) {
                    changed.put(p.id(), after);
                }
                if (ours) {
                    continue; // reported as merges when read
                }
                if (changes) {
                    updated++;
                } else {
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
