package app.kith.wiring;

import app.kith.audit.Audit;
import app.kith.audit.AuditKind;
import app.kith.db.Bin;
import app.kith.trash.Trash;

/**
 * Writes what goes into the trash and comes back out to the account's audit log, where the rows
 * move and in the same transaction: a circle, an ask, an introduction, a touchpoint or a message
 * starter, by kind and id, never by what it says. People write their own (they are not in the bin).
 */
record TrashAudit(Audit audit) implements Bin.Watcher {

    @Override
    public void putIn(long accountId, Bin.Kind kind, long id) {
        audit.record(accountId, AuditKind.DELETED, "deleted " + Trash.one(kind.key()) + " (id " + id + ")");
    }

    @Override
    public void takenOut(long accountId, Bin.Kind kind, long id) {
        audit.record(accountId, AuditKind.RESTORED, "restored " + Trash.one(kind.key()) + " (id " + id + ")");
    }
}
