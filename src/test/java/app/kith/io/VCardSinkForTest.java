package app.kith.io;

import app.kith.person.PersonDraft;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What a reader handed on, kept for a test to look at. */
final class VCardSinkForTest implements ContactSink {

    final List<Contact> contacts = new ArrayList<>();
    final List<Skipped> skipped = new ArrayList<>();
    final List<GroupCard> groups = new ArrayList<>();

    static VCardSinkForTest read(String fixture) {
        try (InputStream in = VCardSinkForTest.class.getResourceAsStream("/io/vcard/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static VCardSinkForTest readText(String text) {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static VCardSinkForTest read(InputStream in) {
        VCardSinkForTest sink = new VCardSinkForTest();
        new VCardReader().read(in, sink);
        return sink;
    }

    List<PersonDraft> drafts() {
        return contacts.stream().map(Contact::draft).toList();
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
