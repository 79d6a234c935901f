package app.kith.io;

import app.kith.person.PersonDraft;
import app.kith.person.Photo;
import java.time.LocalDate;

/**
 * One contact read from a file: where it was ({@code line}: the line a CSV row starts on, or the
 * line a vCard's BEGIN is on), what it says about the person, the day you connected when
 * the file knows it (LinkedIn's "Connected On"), which starts their rhythm clock, and their photo
 * when the file holds one (a vCard's PHOTO), else null.
 */
record Contact(int line, PersonDraft draft, LocalDate connectedOn, Photo photo) {

    Contact(int line, PersonDraft draft, LocalDate connectedOn) {
        this(line, draft, connectedOn, null);
    }
}
