package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.Invalid;
import app.kith.Store;
import app.kith.db.Database;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.wiring.Kith;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever Kith knows of random people survives a JSON export and its import into an empty
 * account: one SQLite store for all tries, two new accounts for each.
 */
class JsonRoundTripProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
    private static Database db;
    private static Kith kith;

    @BeforeContainer
    static void openStore() throws IOException {
        db = Database.forCommand(Store.sqliteIn(Files.createTempDirectory("kith-json-property")));
        kith = Kith.wire(db, Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterContainer
    static void closeStore() {
        db.close();
    }

    @Property(tries = 100)
    void peopleSurviveAJsonRoundTrip(@ForAll("drafts") List<PersonDraft> drafts) {
        long from = account();
        for (PersonDraft d : drafts) {
            d.circles().forEach(c -> {
                if (kith.circles().byName(from, c).isEmpty()) {
                    kith.circles().add(from, c, null);
                }
            });
            try {
                kith.people().add(from, d, TODAY);
            } catch (Invalid e) {
                Assume.that(false); // a draft Kith refuses is no person to round-trip
            }
        }
        long to = account();

        kith.imports().apply(to, ImportFormat.JSON, new ByteArrayInputStream(export(from)), new ImportOptions(null), TODAY,
                Imports.Progress.none());

        assertThat(drafts(to)).isEqualTo(drafts(from));
    }

    @Provide
    Arbitrary<List<PersonDraft>> drafts() {
        return new VCardRoundTripProperties().drafts();
    }

    private static long account() {
        return kith.accounts().create("json" + ACCOUNTS.incrementAndGet() + "@example.com", "a-long-enough-password")
                .account().id();
    }

    private static byte[] export(long account) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            kith.exports().write(account, ExportFormat.JSON, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<PersonDraft> drafts(long account) {
        List<Person> people = new java.util.ArrayList<>();
        kith.people().forEach(account, null, people::add);
        return people.stream().map(Person::toDraft).sorted(Comparator.comparing(PersonDraft::name)
                .thenComparing(d -> String.join(",", d.emails())).thenComparing(d -> String.valueOf(d.notes()))).toList();
    }
}
