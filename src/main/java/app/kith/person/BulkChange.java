package app.kith.person;

/** A change made to many people at once (see {@link BulkEdits}). */
public sealed interface BulkChange {

    /** Into a circle, by name or id; Weekly, Monthly… are made on first use, as when adding a person. */
    record AddToCircle(String circle) implements BulkChange {
    }

    /** Out of a circle, by name or id. */
    record RemoveFromCircle(String circle) implements BulkChange {
    }

    /** Their own rhythm; null: none of their own, so their circles' applies (or none, in no circle). */
    record SetRhythm(Integer days) implements BulkChange {
    }

    /** Why they matter, each part switched on, off, or (null) left as it is. */
    record SetWhy(Boolean awesome, Boolean connector) implements BulkChange {
    }

    /** Deleted as one person is, restorable together ({@link BulkEdits#restore}). */
    record Delete() implements BulkChange {
    }
}
