package app.kith.io;

import static app.kith.io.VCardPersonForTest.person;
import static app.kith.io.VCardPersonForTest.written;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.person.Person;
import app.kith.person.PersonDraft;
import ezvcard.VCardVersion;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever Kith knows of a person survives an export to vCard 4.0 or 3.0 and an import of it. */
class VCardRoundTripProperties {

    @Property(tries = 300)
    void peopleSurviveAVCardRoundTrip(@ForAll("drafts") List<PersonDraft> drafts, @ForAll("versions") VCardVersion version) {
        String file = written(version, drafts.stream().map(VCardPersonForTest::person).toArray(Person[]::new));

        assertThat(VCardSinkForTest.readText(file).drafts()).isEqualTo(drafts);
    }

    @Provide
    Arbitrary<VCardVersion> versions() {
        return Arbitraries.of(VCardVersion.V4_0, VCardVersion.V3_0);
    }

    @Provide
    Arbitrary<List<PersonDraft>> drafts() {
        Arbitrary<Contact> contact = Combinators.combine(name(), emails(), phones(), optional(text(30)),
                optional(text(30)), optional(text(30)), optional(linkedin()), optional(birthday()))
                .as(Contact::new);
        Arbitrary<Kith> kith = Combinators.combine(optional(note()), words(3), optional(Arbitraries.of("awesome",
                        "connector", "both")), optional(note()), optional(Arbitraries.integers().between(1, 3650)),
                words(3).map(l -> l.stream().distinct().toList()), words(2))
                .as(Kith::new);
        return Combinators.combine(contact, kith).as((c, k) -> new PersonDraft(c.name, c.emails, c.phones, c.company,
                c.role, c.location, c.linkedin, c.birthday, k.howWeMet, k.topics, k.why, k.notes, k.rhythm, k.circles,
                null, k.lookingFor)).list().ofMinSize(1).ofMaxSize(3);
    }

    private record Contact(String name, List<String> emails, List<String> phones, String company, String role,
                           String location, String linkedin, String birthday) {
    }

    private record Kith(String howWeMet, List<String> topics, String why, String notes, Integer rhythm,
                        List<String> circles, List<String> lookingFor) {
    }

    /** Letters from several scripts, a few emoji, and the characters vCard escapes. */
    private static Arbitrary<String> text(int maxLength) {
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('a', 'z').withCharRange('À', 'ÿ')
                .withCharRange('α', 'ω').withCharRange('а', 'я').withCharRange('一', '龥')
                .withChars(' ', ',', ';', ':', '\'', '-', '\\', '"', '=').ofMinLength(1).ofMaxLength(maxLength);
        Arbitrary<String> emoji = Arbitraries.of("😀", "👩‍💻", "🇳🇴", "𝄞");
        return Arbitraries.oneOf(letters, letters, letters, emoji).list().ofMinSize(1).ofMaxSize(3)
                .map(parts -> String.join("", parts).strip()).filter(s -> !s.isEmpty());
    }

    private static Arbitrary<String> name() {
        return text(20).list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words));
    }

    private static Arbitrary<String> note() {
        return text(40).list().ofMinSize(1).ofMaxSize(4).map(lines -> String.join("\n", lines));
    }

    private static Arbitrary<List<String>> words(int max) {
        return text(15).list().ofMaxSize(max);
    }

    private static Arbitrary<List<String>> emails() {
        Arbitrary<String> part = Arbitraries.strings().withCharRange('a', 'z').withChars('.', '_').ofMinLength(1)
                .ofMaxLength(10);
        return Combinators.combine(part, part).as((user, host) -> user + "@" + host + ".example").list().ofMaxSize(3);
    }

    private static Arbitrary<List<String>> phones() {
        return Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(12).map(d -> "+" + d.charAt(0) + " " + d)
                .list().ofMaxSize(2);
    }

    private static Arbitrary<String> linkedin() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(2).ofMaxLength(20)
                .map(id -> "https://www.linkedin.com/in/" + id.toLowerCase(Locale.ROOT));
    }

    private static Arbitrary<String> birthday() {
        Arbitrary<String> withYear = Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(),
                LocalDate.of(2020, 12, 31).toEpochDay()).map(day -> LocalDate.ofEpochDay(day).toString());
        Arbitrary<String> withoutYear = Arbitraries.integers().between(0, 365)
                .map(day -> MonthDay.from(LocalDate.of(2000, 1, 1).plusDays(day)).toString());
        return Arbitraries.oneOf(withYear, withoutYear);
    }

    private static <T> Arbitrary<T> optional(Arbitrary<T> value) {
        return value.injectNull(0.3);
    }
}
