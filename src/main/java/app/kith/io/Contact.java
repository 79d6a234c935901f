package app.kith.io;

import app.kith.person.PersonDraft;
import java.time.LocalDate;

/**
 * One contact read from a file: where it was ({@code line}: the line a CSV row starts on, or the
 * line a vCard's BEGIN is on), what it says about the person, and the day you connected when
 * the file knows it (LinkedIn's "Connected On"), which starts their rhythm clock.
 */
record Contact(int line, PersonDraft draft, LocalDate connectedOn) {
}
