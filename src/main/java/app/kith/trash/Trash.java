package app.kith.trash;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.account.Account;
import app.kith.ask.Asks;
import app.kith.audit.Audit;
import app.kith.audit.AuditKind;
import app.kith.circle.Circles;
import app.kith.db.Bin;
import app.kith.intro.Introductions;
import app.kith.message.Messages;
import app.kith.person.DeletedPerson;
import app.kith.person.People;
import app.kith.touchpoint.Touchpoints;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The trash: whatever was deleted in the last {@link #KEPT_FOR}, people included, to restore or
 * to delete now; after that the purge deletes it for good. Each feature moves its own things in
 * and back (so the person's clock, a circle's members' rhythms follow); this is the one list.
 */
public class Trash {

    /** How long a deleted thing can be restored. */
    public static final Duration KEPT_FOR = People.RESTORABLE_FOR;

    /** The kinds, as the API and the CLI name them. */
    public static final List<String> KINDS = List.of("person", "circle", "ask", "introduction", "touchpoint", "template");

    private final Bin bin;
    private final TransactionOperations tx;
    private final Clock clock;
    private final People people;
    private final Circles circles;
    private final Touchpoints touchpoints;
    private final Asks asks;
    private final Introductions introductions;
    private final Messages messages;
    private final Audit audit;

    public Trash(Bin bin, TransactionOperations tx, Clock clock, People people, Circles circles,
                 Touchpoints touchpoints, Asks asks, Introductions introductions, Messages messages, Audit audit) {
        this.bin = bin;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.people = people;
        this.circles = circles;
        this.touchpoints = touchpoints;
        this.asks = asks;
        this.introductions = introductions;
        this.messages = messages;
    }

    /** Everything of the account's that can still be restored, the latest deleted first. */
    public List<Trashed> list(long accountId) {
        long since = since();
        List<Bin.Item> items = bin.list(accountId).stream().filter(i -> i.deletedAt() >= since).toList();
        Map<Long, String> names = people.names(accountId, items.stream().map(Bin.Item::personId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Trashed> all = new ArrayList<>();
        for (DeletedPerson p : people.deleted(accountId)) {
            all.add(trashed("person", p.id(), p.name(), null, p.deletedAt().toEpochMilli()));
        }
        for (Bin.Item i : items) {
            all.add(trashed(i.kind().key(), i.id(), i.label(), i.personId() == null ? null : names.get(i.personId()),
                    i.deletedAt()));
        }
        all.sort(Comparator.comparing(Trashed::deletedAt).reversed());
        return all;
    }

    /** One thing in the account's trash; anything else (restored, purged, another account's) is NotFound. */
    public Trashed get(long accountId, String kind, long id) {
        check(kind);
        return list(accountId).stream().filter(t -> t.kind().equals(kind) && t.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("No " + kind + " " + id + " in the trash"));
    }

    /**
     * Brings something back as it was; returns what it was in the trash. Anything not in this
     * account's trash is NotFound; what cannot come back (its person deleted for good, its
     * circle's name taken since) is a Conflict, and it stays in the trash.
     */
    public Trashed restore(Account account, String kind, long id) {
        try {
            return tx.execute(s -> bringBack(account, kind, id));
        } catch (DataAccessException e) {
            if (!refused(e)) {
                throw e;
            }
            throw new Conflict("restore", "This " + kind + " cannot come back: what it belonged to is gone for good,"
                    + " or another took its place; it stays in the trash");
        }
    }

    /** A key the rows point to is gone or taken: PostgreSQL's error says so, SQLite's only in its text. */
    private static boolean refused(DataAccessException e) {
        return e instanceof DataIntegrityViolationException
                || (e.getMessage() != null && e.getMessage().contains("SQLITE_CONSTRAINT"));
    }

    private Trashed bringBack(Account account, String kind, long id) {
        Trashed was = get(account.id(), kind, id);
        switch (was.kind()) {
            case "person" -> people.restore(account.id(), id);
            case "circle" -> circles.undelete(account.id(), id);
            case "ask" -> asks.undelete(account, id, account.today(clock));
            case "introduction" -> introductions.undelete(account.id(), id);
            case "touchpoint" -> touchpoints.undelete(account.id(), id);
            default -> messages.undelete(account.id(), id);
        }
        return was;
    }

    /** Deletes something in the trash for good, at once; NotFound as {@link #restore}. */
    public Trashed deleteNow(long accountId, String kind, long id) {
        return tx.execute(s -> {
            Trashed was = get(accountId, kind, id);
            erase(accountId, was);
            audit.record(accountId, AuditKind.DELETED_FOR_GOOD, "deleted " + one(was.kind()) + " (id " + id + ") for good");
            return was;
        });
    }

    /** Deletes everything in the account's trash for good; returns how many things. */
    public int empty(long accountId) {
        return tx.execute(s -> {
            List<Trashed> all = list(accountId);
            all.forEach(t -> erase(accountId, t));
            if (!all.isEmpty()) {
                audit.record(accountId, AuditKind.TRASH_EMPTIED, "deleted " + Audit.count(all.size(), "thing", "things")
                        + " for good");
            }
            return all.size();
        });
    }

    private void erase(long accountId, Trashed was) {
        if (was.kind().equals("person")) {
            people.erase(accountId, List.of(was.id()));
            dropOrphans();
        } else {
            bin.drop(accountId, binKind(was.kind()), was.id());
        }
    }

    /**
     * Deletes for good, in every account, what was deleted before an instant, and whatever was
     * about someone deleted for good. Returns how many things. Idempotent: two nodes running it
     * the same day remove nothing twice.
     */
    public int purge(Instant before) {
        return tx.execute(s -> {
            int purged = people.purgeDeleted(before);
            for (Map.Entry<Long, Bin.Item> e : bin.before(before.toEpochMilli())) {
                purged += bin.drop(e.getKey(), e.getValue().kind(), e.getValue().id()) ? 1 : 0;
            }
            return purged + dropOrphans();
        });
    }

    private int dropOrphans() {
        int dropped = 0;
        for (Map.Entry<Long, Bin.Item> e : bin.orphans()) {
            dropped += bin.drop(e.getKey(), e.getValue().kind(), e.getValue().id()) ? 1 : 0;
        }
        return dropped;
    }

    private long since() {
        return clock.instant().minus(KEPT_FOR).toEpochMilli();
    }

    private static Trashed trashed(String kind, long id, String label, String personName, long deletedAt) {
        Instant at = Instant.ofEpochMilli(deletedAt);
        return new Trashed(kind, id, label, personName, at, at.plus(KEPT_FOR));
    }

    /** A kind as the API and the CLI name it; anything else is Invalid. */
    public static String check(String kind) {
        if (kind == null || !KINDS.contains(kind)) {
            throw new Invalid("kind", "kind must be one of " + String.join(", ", KINDS));
        }
        return kind;
    }

    /** "a circle", "an ask": how the audit log names one thing of a kind, never by its name. */
    public static String one(String kind) {
        return switch (kind) {
            case "ask" -> "an ask";
            case "introduction" -> "an introduction";
            case "template" -> "a message starter";
            default -> "a " + kind;
        };
    }

    private static Bin.Kind binKind(String kind) {
        return Arrays.stream(Bin.Kind.values()).filter(k -> k.key().equals(kind)).findFirst().orElseThrow();
    }
}
