package app.kith.io;

import app.kith.Invalid;
import app.kith.person.Lenient;
import app.kith.person.Identities;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.person.Photo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides, row by row as the file streams, what an import does: a row that is someone already in
 * Kith (same email, LinkedIn profile or phone, looked up for a few hundred rows at a time)
 * updates them with what it adds; a row that is someone an earlier row brought merges into it;
 * anything else creates a person. A value Kith
 * cannot take (a bad email, a birthday that is no date) is left out of the person, and said. A
 * group card puts its members in its circle, whether they come before or after it. An import
 * ({@link Writer} given) writes the people it creates a chunk at a time as it reads, so memory
 * holds a chunk, not the file; a preview writes nothing and, a chunk at a time, forgets all of
 * the people it would create but what tells them apart, so it streams as an import does.
 */
final class ImportPlan implements ContactSink {

    /** People are written this many at a time. */
    static final int CHUNK = 2_000;
    /** Rows are held back this many at a time, for one look-up of the people their keys name. */
    static final int LOOKAHEAD = 500;

    /** Writes new people, their ids back in order; {@code firstIndex}: the first one's place among all the import creates. */
    interface Writer {
        List<Long> write(List<PersonDraft> drafts, int firstIndex);
    }

    /** Writes the photos of the people a chunk just wrote, by their ids. */
    interface PhotoWriter {
        void write(Map<Long, Photo> photos);
    }

    /**
     * A person the file creates, not written yet: the row that brought them, their draft so far,
     * their keys, and their photo (an import's only: a preview keeps none).
     */
    private static final class New {
        final int line;
        PersonDraft draft;
        final Set<String> keys = new HashSet<>();
        Photo photo;

        New(int line, PersonDraft draft) {
            this.line = line;
            this.draft = draft;
        }
    }

    /** A group card seen, by its circle: its line, who joins (ids, or minus the line of a person not written), who is missing. */
    private static final class GroupSeen {
        final int line;
        final String name;
        final Set<Long> members = new HashSet<>();
        /** Members whose card came after the group's. */
        int later;

        GroupSeen(int line, String name) {
            this.line = line;
            this.name = name;
        }
    }

    private final People people;
    private final Identities identities;
    private final long accountId;
    private final String circle;
    private final Writer writer;
    private final PhotoWriter photoWriter;
    private final LocalDate today;
    /**
     * The people here the file's keys name, looked up as rows come (the people this import writes
     * join them): never every key of the account, which a large network makes slow to read.
     */
    private final Map<String, Long> existing = new HashMap<>();
    /**
     * Whether the account had nobody when the import began: then the only people its keys can
     * name are those it writes, which {@link #existing} learns as it writes them.
     */
    private final boolean nobodyHere;
    /** Keys of the rows held back that {@link #existing} does not know yet. */
    private final Set<String> unknown = new HashSet<>();
    private final List<Runnable> held = new ArrayList<>();
    private final Map<String, New> byKey = new HashMap<>();
    private final List<New> pending = new ArrayList<>();
    /** The people this import created, to the line that brought them: rows about them later are merges. */
    private final Map<Long, Integer> createdHere = new HashMap<>();
    /** The groups the file puts people in, by their key: circles to make when they are not yet. */
    final Map<String, String> circleNames = new LinkedHashMap<>();
    /** Rows about people already in Kith (or written by this import), by person. */
    private final Map<Long, List<Contact>> updates = new LinkedHashMap<>();
    /** The first photo rows bring of people already in Kith (or written by this import): set if they have none. */
    private final Map<Long, Photo> photosHere = new LinkedHashMap<>();
    /** Circles of group cards that people already written or here join, by person. */
    private final Map<Long, Set<String>> joins = new LinkedHashMap<>();
    /** The cards seen by their UID ({@code uid:…}): how a group card names its members. */
    private final UidIndex idByUid = new UidIndex();
    private final Map<String, New> newByUid = new HashMap<>();
    /** Members a group card named before their card came: their reference to the circles waiting for them. */
    private final Map<String, Set<String>> waiting = new HashMap<>();
    private final Map<String, GroupSeen> groups = new LinkedHashMap<>();
    final List<ImportResult.Row> rows = new ArrayList<>();
    final List<ImportResult.Skip> skipped = new ArrayList<>();
    final List<ImportResult.Dropped> dropped = new ArrayList<>();
    final List<ImportResult.Changed> changed = new ArrayList<>();
    int skippedCount;
    int droppedCount;
    int read;
    int created;
    int merged;
    int updated;
    int unchanged;
    /** The column mapping a plain CSV was read with, for the result; null for other formats. */
    Map<String, String> mapping;

    /**
     * {@code writer} null: a preview (and {@code photoWriter} null too). {@code today}: the
     * account's, after which nothing has happened yet.
     */
    ImportPlan(People people, Identities identities, long accountId, String circle, Writer writer, LocalDate today,
               PhotoWriter photoWriter) {
        this.people = people;
        this.identities = identities;
        this.accountId = accountId;
        this.circle = circle;
        this.writer = writer;
        this.photoWriter = photoWriter;
        this.today = today;
        this.nobodyHere = people.count(accountId) == 0;
    }

    @Override
    public void contact(Contact c) {
        read++;
        Contact row = c.connectedOn() != null && c.connectedOn().isAfter(today) ? withoutFutureDay(c) : c;
        Lenient lenient = Lenient.of(row.draft());
        Set<String> keys;
        try {
            keys = identities.identityKeys(lenient.draft());
        } catch (Invalid e) {
            // Only the name can still be refused: there is no one to import.
            hold(Set.of(), () -> skip(row.line(), shortName(lenient.draft().name()), Merge.field(e)));
            return;
        }
        hold(keys, () -> decide(row, lenient, keys));
    }

    /** A day that has not come is no contact: the person comes in without it. */
    private Contact withoutFutureDay(Contact c) {
        PersonDraft draft = c.connectedOn().equals(c.draft().startedOn()) ? c.draft().withStartedOn(null) : c.draft();
        return new Contact(c.line(), draft, null, c.uid(), append(c.dropped(), new Lenient.Dropped("connectedOn",
                c.connectedOn().toString(), "is after today (" + today + "); Kith records only what has happened")),
                c.photo());
    }

    /**
     * Keeps a row until the people its keys name are known: rows are decided in their order, a
     * {@link #LOOKAHEAD} at a time, after one look-up of the keys among them not known yet.
     */
    private void hold(Collection<String> keys, Runnable decision) {
        held.add(decision);
        for (String key : keys) {
            if (!existing.containsKey(key)) {
                unknown.add(key);
            }
        }
        if (held.size() >= LOOKAHEAD) {
            decideHeld();
        }
    }

    /** Decides the rows held back; the reader calls it once the file has been read. */
    void decideHeld() {
        if (!unknown.isEmpty() && !nobodyHere) {
            identities.identityIndex(accountId, unknown).forEach(existing::putIfAbsent);
        }
        unknown.clear();
        List<Runnable> decisions = List.copyOf(held);
        held.clear();
        decisions.forEach(Runnable::run);
    }

    private void decide(Contact c, Lenient lenient, Set<String> keys) {
        PersonDraft own = joinWaiting(lenient.draft(), c.uid(), keys);
        for (Lenient.Dropped d : c.dropped()) {
            drop(c.line(), own.name(), d);
        }
        for (Lenient.Dropped d : lenient.dropped()) {
            drop(c.line(), own.name(), d);
        }
        groups(own);
        // The import's circle is for the people it creates: someone already here keeps theirs.
        PersonDraft draft = circle == null ? own : own.withCircles(Merge.union(own.circles(), List.of(circle)));
        Long id = keys.stream().map(existing::get).filter(x -> x != null).findFirst().orElse(null);
        if (id != null) {
            if (id < 0) {
                merge(c.line(), draft.name(), (int) -id);
            } else if (createdHere.containsKey(id)) {
                merge(c.line(), draft.name(), createdHere.get(id));
            }
            if (id > 0) {
                updates.computeIfAbsent(id, k -> new ArrayList<>()).add(new Contact(c.line(), own, c.connectedOn()));
                if (photoWriter != null && c.photo() != null) {
                    photosHere.putIfAbsent(id, c.photo());
                }
            }
            seen(c.uid(), id);
            return;
        }
        New earlier = keys.stream().map(byKey::get).filter(x -> x != null).findFirst().orElse(null);
        if (earlier != null) {
            earlier.draft = Merge.into(earlier.draft, draft);
            if (earlier.photo == null && photoWriter != null) {
                earlier.photo = c.photo();
            }
            own(earlier, keys);
            seen(c.uid(), earlier);
            merge(c.line(), draft.name(), earlier.line);
            return;
        }
        New made = new New(c.line(), draft);
        made.photo = photoWriter == null ? null : c.photo();
        pending.add(made);
        created++;
        own(made, keys);
        seen(c.uid(), made);
        row(c.line(), draft.name(), "create", null);
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    /**
     * A group card: its members already read join its circle now (those not written yet in their
     * draft, the others as an update); those still to come join it when their card comes.
     */
    @Override
    public void group(GroupCard g) {
        read++;
        hold(g.members().stream().filter(ref -> !ref.startsWith("uid:")).toList(), () -> join(g));
    }

    private void join(GroupCard g) {
        GroupSeen seen = groups.computeIfAbsent(key(g.name()), k -> new GroupSeen(g.line(), g.name()));
        circleNames.putIfAbsent(key(g.name()), g.name().strip());
        row(g.line(), g.name(), "group", "a circle, not a person");
        for (String ref : g.members()) {
            New n = ref.startsWith("uid:") ? newByUid.get(ref) : byKey.get(ref);
            Long id = ref.startsWith("uid:") ? idByUid.get(ref) : existing.get(ref);
            if (n != null) {
                n.draft = n.draft.withCircles(Merge.union(n.draft.circles(), List.of(seen.name)));
                seen.members.add((long) -n.line);
            } else if (id != null) {
                if (id > 0) {
                    joins.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(seen.name);
                }
                seen.members.add(id);
            } else {
                waiting.computeIfAbsent(ref, k -> new LinkedHashSet<>()).add(seen.name);
            }
        }
    }

    private static List<Lenient.Dropped> append(List<Lenient.Dropped> list, Lenient.Dropped one) {
        List<Lenient.Dropped> all = new ArrayList<>(list);
        all.add(one);
        return all;
    }

    /** A card some group named before it came: it joins those circles. */
    private PersonDraft joinWaiting(PersonDraft draft, String uid, Set<String> keys) {
        if (waiting.isEmpty()) {
            return draft;
        }
        Set<String> names = new LinkedHashSet<>();
        if (uid != null && waiting.containsKey(uid)) {
            names.addAll(waiting.remove(uid));
        }
        keys.stream().filter(waiting::containsKey).forEach(k -> names.addAll(waiting.remove(k)));
        names.forEach(n -> groups.get(key(n)).later++);
        return names.isEmpty() ? draft : draft.withCircles(Merge.union(draft.circles(), List.copyOf(names)));
    }

    private void seen(String uid, long id) {
        if (uid != null) {
            idByUid.put(uid, id);
        }
    }

    private void seen(String uid, New n) {
        if (uid != null) {
            newByUid.put(uid, n);
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
        draft.circles().forEach(name -> circleNames.putIfAbsent(key(name), name.strip()));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
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
        Map<Long, Photo> photos = new LinkedHashMap<>();
        Map<New, Long> written = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            New n = pending.get(i);
            written.put(n, ids.get(i));
            if (writer != null) {
                createdHere.put(ids.get(i), n.line);
            }
            if (n.photo != null) {
                photos.put(ids.get(i), n.photo);
            }
            for (String key : n.keys) {
                existing.putIfAbsent(key, ids.get(i));
                byKey.remove(key);
            }
        }
        newByUid.entrySet().removeIf(e -> {
            Long id = written.get(e.getValue());
            if (id != null) {
                idByUid.put(e.getKey(), id);
            }
            return id != null;
        });
        pending.clear();
        if (photoWriter != null && !photos.isEmpty()) {
            photoWriter.write(photos);
        }
    }

    /** The photos rows brought of people already in Kith, to set where they have none. */
    Map<Long, Photo> photosOfPeopleHere() {
        return photosHere;
    }

    @Override
    public void skipped(Skipped s) {
        read++;
        hold(Set.of(), () -> skip(s.line(), s.what() == null ? "empty" : shortName(s.what()), s.reason()));
    }

    private void skip(int line, String what, String reason) {
        skippedCount++;
        if (skipped.size() < ImportResult.MAX_SKIPPED) {
            skipped.add(new ImportResult.Skip(line, what, reason));
        }
        row(line, what, "skip", reason);
    }

    private void drop(int line, String name, Lenient.Dropped d) {
        droppedCount++;
        if (dropped.size() < ImportResult.MAX_SKIPPED) {
            String value = d.value().length() > 200 ? d.value().substring(0, 199) + "…" : d.value();
            dropped.add(new ImportResult.Dropped(line, name, d.field(), value, d.why()));
        }
    }

    private static String shortName(String name) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        return n.length() > 80 ? n.substring(0, 79) + "…" : n;
    }

    void row(int line, String name, String action, String why) {
        if (rows.size() < ImportResult.MAX_ROWS) {
            rows.add(new ImportResult.Row(line, name, action, why));
        }
    }

    /** The groups of the file's group cards, and who joins each; members never found are counted. */
    List<ImportResult.Group> groupResults() {
        Map<String, Integer> notFound = new HashMap<>();
        waiting.values().forEach(names -> names.forEach(n -> notFound.merge(key(n), 1, Integer::sum)));
        return groups.entrySet().stream().map(e -> new ImportResult.Group(e.getValue().line, e.getValue().name,
                e.getValue().members.size() + e.getValue().later, notFound.getOrDefault(e.getKey(), 0))).toList();
    }

    /** Whether this import created the person (rows about them later are merges, not changes to someone here). */
    boolean createdHere(long id) {
        return createdHere.containsKey(id);
    }

    /**
     * The people the file updates, as they would be (those already here, and those this import
     * wrote that later rows add to): loaded in pages, so a large re-import stays quick. Someone
     * already here takes the file's role, company and town (see {@link Merge#update}); what
     * changes about them is told row by row and in {@link #changed}.
     */
    Map<Long, PersonDraft> changes() {
        Map<Long, PersonDraft> result = new LinkedHashMap<>();
        Set<Long> touched = new LinkedHashSet<>(updates.keySet());
        touched.addAll(joins.keySet());
        List<Long> ids = new ArrayList<>(touched);
        for (int from = 0; from < ids.size(); from += 500) {
            for (Person p : people.get(accountId, ids.subList(from, Math.min(ids.size(), from + 500)))) {
                boolean ours = createdHere.containsKey(p.id());
                List<Contact> rowsOf = updates.getOrDefault(p.id(), List.of());
                PersonDraft now = p.toDraft();
                PersonDraft file = null;
                for (Contact c : rowsOf) {
                    file = file == null ? c.draft() : Merge.into(file, c.draft());
                }
                Set<String> joined = joins.getOrDefault(p.id(), Set.of());
                PersonDraft after = file == null ? now : ours ? Merge.into(now, file) : Merge.update(now, file);
                after = after.withCircles(Merge.union(after.circles(), List.copyOf(joined)));
                boolean changes = !Merge.same(now, after);
                if (changes) {
                    result.put(p.id(), after);
                }
                if (ours) {
                    continue; // reported as merges when read
                }
                int line = rowsOf.isEmpty() ? 0 : rowsOf.get(0).line();
                if (changes) {
                    updated++;
                    List<String> words = ImportChanges.words(now, after);
                    if (changed.size() < ImportResult.MAX_ROWS) {
                        changed.add(new ImportResult.Changed(line, p.id(), p.name(), words));
                    }
                    for (Contact c : rowsOf) {
                        row(c.line(), p.name(), "update", String.join("; ", words) + " (#" + p.id() + ")");
                    }
                } else {
                    unchanged += rowsOf.size();
                    for (Contact c : rowsOf) {
                        row(c.line(), p.name(), "unchanged", "already in Kith as #" + p.id());
                    }
                }
            }
        }
        return result;
    }
}
