package app.kith.io;

import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.person.Why;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

/** The person Kith would show for a draft, and the vCard text a writer makes of people. */
final class VCardPersonForTest {

    private VCardPersonForTest() {
    }

    static Person person(PersonDraft d) {
        List<Person.CircleRef> circles = IntStream.range(0, d.circles().size())
                .mapToObj(i -> new Person.CircleRef(i + 1, d.circles().get(i), null)).toList();
        return new Person(1, d.name(), d.emails(), d.phones(), d.company(), d.role(), d.location(), d.linkedinUrl(),
                d.birthday(), d.howWeMet(), d.topics(), Why.parse("why", d.why()), d.notes(), d.rhythmDays(),
                d.rhythmDays(), circles, d.startedOn(), null, null, null, null, null, d.lookingFor());
    }

    static String written(ezvcard.VCardVersion version, Person... people) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new VCardWriter(version).write(List.of(people), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
