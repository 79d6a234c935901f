package app.kith.io;

import app.kith.person.Lenient;
import app.kith.person.PersonDraft;
import java.time.LocalDate;
import java.util.List;

/**
 * One contact read from a file: where it was ({@code line}: the line a CSV row starts on, or the
 * line a vCard's BEGIN is on), what it says about the person, and the day you connected when
 * the file knows it (LinkedIn's "Connected On"), which starts their rhythm clock. {@code uid}: a
 * card's own id, which group cards name their members by (null when it has none);
 * {@code dropped}: values the reader could not read and left out ("Connected On" that is no date).
 */
record Contact(int line, PersonDraft draft, LocalDate connectedOn, String uid, List<Lenient.Dropped> dropped) {

    Contact {
        dropped = dropped == null ? List.of() : List.copyOf(dropped);
    }

    Contact(int line, PersonDraft draft, LocalDate connectedOn) {
        this(line, draft, connectedOn, null, List.of());
    }
}
