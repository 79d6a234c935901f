package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.Invalid;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A broken card is skipped or read as far as it goes; the reader never fails in any other way. */
class VCardGarbageProperties {

    private static final List<String> LINES = List.of("BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:3.0",
            "VERSION:4.0", "VERSION:9.9", "FN:Ada", "FN:", "N:;;;;", "N:a;b;c;d;e;f;g", "ORG:;;", "EMAIL:a@b.c",
            "BDAY:", "BDAY:--1332", "BDAY:2023-02-30", "BDAY;VALUE=date:xyz", "BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29",
            "PHOTO;ENCODING=b:@@not base64@@", "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQ", " folded", "\t", "",
            "NOTE;ENCODING=QUOTED-PRINTABLE:=C3=", "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=NOPE:=E9", "AGENT:",
            "AGENT:BEGIN:VCARD\\nFN:Agent\\nEND:VCARD", "TEL;VALUE=uri:tel:", "TEL;VALUE=uri:not a uri",
            "ADR:;;;;;;;;;", "CATEGORIES:,,", "X-KITH-RHYTHM-DAYS:many", "X-KITH-TOPICS:\\", "URL:linkedin.com",
            "X-SOCIALPROFILE:\\", "no colon at all", ":", ";;;:", "item1.", "BEGIN:VCALENDAR", "END:VCALENDAR");

    @Property(tries = 500)
    void readsOrRefusesButNeverFails(@ForAll("files") String file) {
        try {
            VCardSinkForTest read = VCardSinkForTest.readText(file);
            assertThat(read.contacts).allSatisfy(c -> assertThat(c.draft().name()).isNotBlank());
        } catch (Invalid refused) {
            assertThat(refused.field()).isEqualTo("file");
        }
    }

    @Provide
    Arbitrary<String> files() {
        return Arbitraries.of(LINES).list().ofMaxSize(40)
                .flatMap(lines -> Arbitraries.of("\n", "\r\n", "\r").map(end -> String.join(end, lines)));
    }
}
