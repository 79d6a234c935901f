package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.person.PersonDraft;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What a CSV reader handed on, kept for a test to look at. */
final class CsvSinkForTest implements ContactSink {

    final List<Contact> contacts = new ArrayList<>();
    final List<Skipped> skipped = new ArrayList<>();
    final List<GroupCard> groups = new ArrayList<>();

    static CsvSinkForTest read(ContactReader reader, String fixture) {
        try (InputStream in = CsvSinkForTest.class.getResourceAsStream(fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            return read(reader, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CsvSinkForTest readText(ContactReader reader, String text) {
        return read(reader, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static CsvSinkForTest read(ContactReader reader, InputStream in) {
        CsvSinkForTest sink = new CsvSinkForTest();
        reader.read(in, sink);
        return sink;
    }

    /** The reader refuses the file on the field "file", saying this. */
    static void assertRefused(ContactReader reader, byte[] file, String message) {
        assertThatThrownBy(() -> read(reader, new ByteArrayInputStream(file)))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("file"))
                .hasMessageContaining(message);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    PersonDraft draft(int index) {
        return contacts.get(index).draft();
    }

    @Override
    public void contact(Contact contact) {
        contacts.add(contact);
    }

    @Override
    public void skipped(Skipped skipped) {
        this.skipped.add(skipped);
    }

    @Override
    public void group(GroupCard group) {
        groups.add(group);
    }
}
