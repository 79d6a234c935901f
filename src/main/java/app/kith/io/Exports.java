package app.kith.io;

import app.kith.account.Accounts;
import app.kith.ask.Asks;
import app.kith.audit.Audit;
import app.kith.audit.AuditKind;
import app.kith.circle.Circles;
import app.kith.intro.Introductions;
import app.kith.message.Messages;
import app.kith.person.People;
import app.kith.person.PeopleQuery;
import app.kith.person.Photos;
import app.kith.person.ProfileChanges;
import app.kith.reminder.KeyDates;
import app.kith.reminder.Reminders;
import java.time.LocalDate;
import app.kith.person.Person;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import app.kith.touchpoint.Touchpoints;

/**
 * An account written out: everyone as CSV or vCard 4.0 or 3.0, or everything as JSON (see {@link
 * JsonExport}); a page of people at a time, so an export of 100,000 never holds them all.
 */
public class Exports {

    private final People people;
    private final Photos photos;
    private final Circles circles;
    private final JsonExport.Parts parts;
    private final Audit audit;

    public Exports(People people, Photos photos, Accounts accounts, Circles circles, Touchpoints touchpoints,
                   Asks asks, Introductions introductions, Messages messages, ProfileChanges profileChanges,
                   Reminders reminders, KeyDates keyDates, Clock clock, Audit audit) {
        this.audit = audit;
        this.people = people;
        this.photos = photos;
        this.circles = circles;
        this.parts = new JsonExport.Parts(accounts, circles, touchpoints, asks, introductions, messages, profileChanges,
                reminders, keyDates, clock);
    }

    /** Writes the export to {@code out} in UTF-8; it flushes it but does not close it. */
    public void write(long accountId, ExportFormat format, OutputStream out) throws IOException {
        write(accountId, format, null, out);
    }

    /** The same, of the people in one circle ({@code circleId}; null: everyone). */
    public void write(long accountId, ExportFormat format, Long circleId, OutputStream out) throws IOException {
        write(accountId, format, circleId, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /** The same, as text. */
    public void write(long accountId, ExportFormat format, Writer writer) throws IOException {
        write(accountId, format, null, writer);
    }

    /**
     * Refuses an export that cannot be written (a circle the account does not have, a circle of a
     * JSON export) before a byte of it is: a caller streaming into a response checks first, while
     * it can still answer with an error instead of a file.
     */
    public void check(long accountId, ExportFormat format, Long circleId) {
        if (circleId != null && format == ExportFormat.JSON) {
            throw new app.kith.Invalid("circle", "a JSON export holds everything; a circle is exported as csv or vcard");
        }
        if (circleId != null) {
            circles.byId(accountId, circleId);
        }
    }

    /** The same, as text, of one circle or everyone. */
    public void write(long accountId, ExportFormat format, Long circleId, Writer writer) throws IOException {
        check(accountId, format, circleId);
        Iterable<Person> who = circleId == null ? everyone(accountId) : circle(accountId, circleId);
        switch (format) {
            case JSON -> {
                JsonExport.write(accountId, everyone(accountId), parts, new NonClosing(writer));
                writer.flush();
            }
            case CSV -> {
                CsvWriter csv = new CsvWriter(writer);
                for (Person p : who) {
                    csv.write(p);
                }
                writer.flush();
            }
            case VCARD, VCARD3 -> {
                new VCardWriter(format == ExportFormat.VCARD ? ezvcard.VCardVersion.V4_0 : ezvcard.VCardVersion.V3_0)
                        .write(who, writer, ids -> photos.of(accountId, ids));
                writer.flush();
            }
        }
        // Written once the export is, so an export that failed half-way is not logged as made.
        audit.record(accountId, AuditKind.EXPORTED, "exported " + (circleId == null ? "everyone" : "one circle")
                + " as " + format.name().toLowerCase(Locale.ROOT));
    }

    /** The people of one circle of the account, by name: read a page at a time, kept for the writing (a circle is a part of a network). */
    private Iterable<Person> circle(long accountId, long circleId) {
        List<Person> all = new java.util.ArrayList<>();
        int offset = 0;
        List<Person> page;
        do {
            page = people.list(accountId, new PeopleQuery(null, circleId, false, null, PeopleQuery.Sort.NAME,
                    People.MAX_PAGE, offset), LocalDate.now()).people();
            all.addAll(page);
            offset += page.size();
        } while (page.size() == People.MAX_PAGE);
        return all;
    }

    /** The account's people, read a page at a time as they are written. */
    private Iterable<Person> everyone(long accountId) {
        return () -> new Iterator<>() {
            private List<Person> page = List.of();
            private int at;
            private int offset;
            private boolean last;

            @Override
            public boolean hasNext() {
                if (at < page.size()) {
                    return true;
                }
                if (last) {
                    return false;
                }
                page = people.search(accountId, null, People.MAX_PAGE, offset);
                offset += page.size();
                at = 0;
                last = page.size() < People.MAX_PAGE;
                return !page.isEmpty();
            }

            @Override
            public Person next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(at++);
            }
        };
    }

    /** The caller's writer, which the JSON generator must not close. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
