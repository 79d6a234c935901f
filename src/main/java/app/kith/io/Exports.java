package app.kith.io;

import app.kith.person.People;
import app.kith.person.Person;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Everyone of an account written out (CSV, vCard 4.0 or 3.0), a page of people at a time, so an
 * export of 100,000 never holds them all.
 */
public class Exports {

    private final People people;

    public Exports(People people) {
        this.people = people;
    }

    /** Writes everyone, by name, to {@code out} in UTF-8; it flushes it but does not close it. */
    public void people(long accountId, ExportFormat format, OutputStream out) throws IOException {
        people(accountId, format, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /** The same, as text. */
    public void people(long accountId, ExportFormat format, Writer writer) throws IOException {
        switch (format) {
            case CSV -> {
                CsvWriter csv = new CsvWriter(writer);
                for (Person p : everyone(accountId)) {
                    csv.write(p);
                }
                writer.flush();
            }
            case VCARD, VCARD3 -> {
                new VCardWriter(format == ExportFormat.VCARD ? ezvcard.VCardVersion.V4_0 : ezvcard.VCardVersion.V3_0)
                        .write(everyone(accountId), writer);
                writer.flush();
            }
        }
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
}
