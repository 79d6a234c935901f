package app.kith.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Conflict;
import app.kith.wiring.Kith;
import app.kith.account.Account;
import app.kith.db.DataFolder;
import app.kith.db.Database;
import app.kith.db.DbSettings;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.planner.RhythmBudget;
import app.kith.planner.Today;
import app.kith.touchpoint.Touchpoint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /** A fresh SQLite data folder, as the CLI opens it. */
    private record Store(Database db, Kith kith, Account owner) implements AutoCloseable {

        static Store in(Path folder) {
            Database db = Database.forCommand(DbSettings.from(new DataFolder(folder), Map.of()));
            Kith kith = Kith.wire(db, Clock.systemUTC());
            return new Store(db, kith, kith.accounts().owner());
        }

        DemoSummary fill(DemoSize size, long seed) {
            return new Demo(kith.circles(), kith.people(), kith.clocks(), kith.touchpoints(), kith.asks(), kith.introductions(), db)
                    .fill(owner, size, seed, DAY, Demo.Progress.none());
        }

        /** Everything the demo wrote, but the moments it was written. */
        String digest() throws Exception {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long account = owner.id();
            kith.people().forEach(account, null, p -> {
                sha.update(describe(p).getBytes(StandardCharsets.UTF_8));
                for (Touchpoint t : kith.touchpoints().ofPerson(account, p.id(), 1_000, 0)) {
                    sha.update((t.id() + "|" + t.personId() + "|" + t.on() + "|" + t.channel() + "|" + t.direction() + "|"
                            + t.note() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            });
            return HexFormat.of().formatHex(sha.digest());
        }

        private static String describe(Person p) {
            return List.of(p.id(), p.name(), p.emails(), p.phones(), String.valueOf(p.company()), String.valueOf(p.role()),
                    String.valueOf(p.location()), String.valueOf(p.linkedinUrl()), String.valueOf(p.birthday()),
                    String.valueOf(p.howWeMet()), p.topics(), String.valueOf(p.why()), String.valueOf(p.notes()),
                    String.valueOf(p.ownRhythmDays()), String.valueOf(p.rhythmDays()), p.circles(),
                    String.valueOf(p.startedOn()), String.valueOf(p.lastTouchOn()), String.valueOf(p.dueOn())) + "\n";
        }

        @Override
        public void close() {
            db.close();
        }
    }

    @Test
    void theSameSeedAndDayMakeTheSameNetworkInAFreshFolder(@TempDir Path one, @TempDir Path two, @TempDir Path three)
            throws Exception {
        try (Store first = Store.in(one); Store second = Store.in(two); Store other = Store.in(three)) {
            first.fill(DemoSize.S, 7);
            second.fill(DemoSize.S, 7);
            other.fill(DemoSize.S, 8);

            assertThat(second.digest()).isEqualTo(first.digest());
            assertThat(other.digest()).isNotEqualTo(first.digest());
        }
    }

    @Test
    void sizeSHasExactlyFiveHundredPeopleTenThousandTouchpointsAndAYearOfAsksAndIntroductions(@TempDir Path folder) {
        try (Store store = Store.in(folder)) {
            DemoSummary summary = store.fill(DemoSize.S, 1);

            long account = store.owner().id();
            assertThat(store.kith().people().count(account)).isEqualTo(500).isEqualTo(summary.people());
            // 10,000 made as such, and those the asks and introductions logged.
            assertThat(store.kith().touchpoints().count(account)).isEqualTo((int) summary.touchpoints())
                    .isBetween(10_000 + summary.asks(), 10_000 + 4 * summary.asks() + 5 * summary.introductions());
            assertThat(store.kith().asks().list(store.owner(), null, null, null, DAY)).hasSize(summary.asks())
                    .hasSize(11).filteredOn(a -> a.state().open()).hasSize(1);
            assertThat(store.kith().introductions().list(account, app.kith.intro.IntroQuery.all()))
                    .hasSize(summary.introductions()).hasSize(8).filteredOn(i -> i.open()).hasSize(3);
            assertThat(store.kith().circles().list(account)).extracting(c -> c.name() + " " + c.rhythmDays())
                    .containsExactly("Weekly 7", "Monthly 30", "Quarterly 90", "Yearly 365", "Clients null",
                            "Former colleagues null");
        }
    }

    @Test
    void someoneIsLookingForWhatOthersKnowSoTheirPagesSuggestIntroductions(@TempDir Path folder) {
        try (Store store = Store.in(folder)) {
            store.fill(DemoSize.S, 1);
            long account = store.owner().id();
            List<Person> looking = new java.util.ArrayList<>();
            store.kith().people().forEach(account, null, p -> {
                if (!p.lookingFor().isEmpty()) {
                    looking.add(p);
                }
            });

            assertThat(looking).hasSizeBetween(1, 5);
            assertThat(looking).anySatisfy(p -> assertThat(store.kith().introductions().suggestions(account, p.id()))
                    .isNotEmpty());
        }
    }

    @Test
    void aDataFolderWithPeopleIsRefusedAndNothingIsWritten(@TempDir Path folder) {
        try (Store store = Store.in(folder)) {
            long account = store.owner().id();
            store.kith().people().add(account, PersonDraft.named("Ada Lovelace"), DAY);

            assertThatThrownBy(() -> store.fill(DemoSize.S, 1))
                    .isInstanceOf(Conflict.class)
                    .hasMessageContaining("demo data goes into an empty data folder; use --data DIR");

            assertThat(store.kith().people().count(account)).isEqualTo(1);
            assertThat(store.kith().touchpoints().count(account)).isZero();
            assertThat(store.kith().circles().list(account)).isEmpty();
        }
    }

    @Test
    void atSizeSTheRhythmsFitTheCapacityAndTodayIsAShortList(@TempDir Path folder) {
        try (Store store = Store.in(folder)) {
            store.fill(DemoSize.S, 1);

            RhythmBudget budget = store.kith().planner().budget(store.owner().id(), 5);
            Today today = store.kith().planner().today(store.owner(), DAY, 0);

            assertThat(budget.kept()).as(budget.message()).isTrue();
            assertThat(budget.contactsPerDay()).isGreaterThan(3);
            assertThat(today.items()).hasSizeBetween(1, 5);
            assertThat(today.items()).extracting(i -> i.kind()).as("the open asks and introductions leave room")
                    .contains("ask", "intro").filteredOn(k -> !k.equals("ask") && !k.equals("intro")).isNotEmpty();
            assertThat(today.due()).as("a user who mostly keeps up has a handful to a few dozen due").isBetween(5, 60);
        }
    }

    @Test
    void atSizeLTheRhythmsAskMoreThanTheDefaultCapacity() {
        double perDay = 0;
        for (int rhythm : Network.RHYTHMS) {
            perDay += (double) DemoSize.L.trackedAt(rhythm) / rhythm;
        }
        assertThat(perDay).isGreaterThan(5);
    }
}
