package app.kith.planner;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.wiring.Kith;
import app.kith.account.Account;
import app.kith.db.DataFolder;
import app.kith.db.Database;
import app.kith.db.DbSettings;
import app.kith.person.FieldChange;
import app.kith.person.PersonClock;
import app.kith.person.PersonDraft;
import app.kith.person.Why;
import app.kith.touchpoint.NewTouchpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Today read from the store is the planner's rule applied to every person: the indexed query
 * that picks who may be on the plan leaves nobody out, and the day is seen as it began.
 */
class StoredPlanProperties {

    static final LocalDate D = LocalDate.of(2027, 3, 1);
    static final int DAY = (int) D.toEpochDay();

    static Path folder;
    static Database db;
    static Kith kith;
    static final AtomicInteger accounts = new AtomicInteger();

    @BeforeContainer
    static void open() throws IOException {
        folder = Files.createTempDirectory("kith-plan");
        db = Database.forCommand(DbSettings.from(new DataFolder(folder), Map.of()));
        kith = Kith.wire(db, Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC));
    }

    @AfterContainer
    static void close() throws IOException {
        db.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * A generated person: rhythm, reason, when added, touches, a snooze, a skip and a new job learnt
     * by an import (days relative to D).
     */
    record Spec(int rhythm, Why why, int added, List<Integer> touches, Integer snoozedOn, Integer snoozeDays,
                Integer skippedOn, Integer newJobOn) {
    }

    @Property(tries = 60)
    void todayFromTheStoreIsTheRuleAppliedToEveryone(@ForAll("networks") List<Spec> network,
                                                     @ForAll @IntRange(min = 1, max = 6) int capacity) {
        Account account = kith.accounts().create("plan" + accounts.incrementAndGet() + "@example.com", "password-1")
                .account();
        kith.accounts().setCapacity(account.id(), capacity);
        account = kith.accounts().byId(account.id());
        List<Candidate> expected = new ArrayList<>();
        Set<Long> news = new HashSet<>();
        for (Spec s : network) {
            LocalDate added = D.plusDays(s.added());
            long id = kith.people().add(account.id(), new PersonDraft("P", null, null, null, null, null, null, null, null,
                    null, s.why() == null ? null : s.why().key(), null, s.rhythm(), null, null), added).id();
            for (int t : s.touches()) {
                kith.touchpoints().log(account.id(), new NewTouchpoint(id, D.plusDays(t), "call", "out", null), D.plusDays(400));
            }
            if (s.snoozedOn() != null) {
                kith.clocks().snooze(account.id(), id, D.plusDays(s.snoozedOn() + s.snoozeDays()), D.plusDays(s.snoozedOn()));
            }
            if (s.skippedOn() != null) {
                kith.clocks().skip(account.id(), id, D.plusDays(s.skippedOn()));
            }
            if (s.newJobOn() != null) {
                kith.profileChanges().record(account.id(), id, D.plusDays(s.newJobOn()), "LinkedIn import",
                        List.of(new FieldChange("role", "Engineer", "Staff Engineer")));
            }
            Integer last = s.touches().stream().map(t -> DAY + t).max(Integer::compare).orElse(null);
            Integer lastBefore = s.touches().stream().map(t -> DAY + t).filter(t -> t < DAY).max(Integer::compare).orElse(null);
            PersonClock clock = new PersonClock(id, s.rhythm(), last, DAY + s.added(), s.why(), DAY + s.added(),
                    s.snoozedOn() == null ? null : DAY + s.snoozedOn(),
                    s.snoozedOn() == null ? null : DAY + s.snoozedOn() + s.snoozeDays(),
                    s.skippedOn() == null ? null : DAY + s.skippedOn());
            Integer newsDay = s.newJobOn() == null ? null : JobNews.dayOf(DAY + s.newJobOn(), DAY, lastBefore);
            if (newsDay != null) {
                news.add(id);
            }
            expected.add(Planner.candidate(clock, DAY, lastBefore, s.touches().contains(0), newsDay));
        }
        DayPlan.Result rule = DayPlan.of(DAY, capacity, expected, 10);
        Today stored = kith.planner().today(account, D, 10);

        assertThat(stored.items().stream().map(i -> i.person().id()).toList())
                .isEqualTo(rule.items().stream().map(Candidate::personId).toList());
        assertThat(stored.items().stream().map(TodayItem::done).toList())
                .isEqualTo(rule.items().stream().map(c -> c.action() != null).toList());
        assertThat(stored.more().stream().map(i -> i.person().id()).toList())
                .isEqualTo(rule.more().stream().map(Candidate::personId).toList());
        assertThat(stored.items()).extracting(i -> i.person().id()).doesNotHaveDuplicates();
        assertThat(stored.items()).allMatch(i -> i instanceof TodayItem.JobChange == news.contains(i.person().id()));
        assertThat(stored.more()).allMatch(i -> i instanceof TodayItem.JobChange == news.contains(i.person().id()));
        assertThat(stored.backlog()).isEqualTo(rule.backlog());
        assertThat(stored.due()).isEqualTo(rule.dueCount());
    }

    @Provide
    Arbitrary<List<Spec>> networks() {
        Arbitrary<Integer> maybeDay = Arbitraries.integers().between(-20, 3).injectNull(0.7);
        Arbitrary<Spec> one = Combinators.combine(
                        Arbitraries.of(1, 7, 14, 30, 90, 365).injectDuplicates(0.3),
                        Arbitraries.of(Why.AWESOME, Why.CONNECTOR, Why.BOTH).injectNull(0.6),
                        Arbitraries.integers().between(-500, 0),
                        Arbitraries.integers().between(-500, 5).list().ofMaxSize(3),
                        maybeDay,
                        Arbitraries.integers().between(1, 30),
                        maybeDay,
                        Arbitraries.integers().between(-20, 0).injectNull(0.6))
                .as((rhythm, why, added, touches, snoozedOn, snoozeDays, skippedOn, newJobOn) ->
                        new Spec(rhythm, why, added, touches.stream().filter(t -> t >= added).distinct().toList(),
                                snoozedOn == null || snoozedOn < added ? null : snoozedOn, snoozeDays, skippedOn,
                                newJobOn == null || newJobOn < added ? null : newJobOn));
        return one.list().ofMaxSize(25);
    }
}
