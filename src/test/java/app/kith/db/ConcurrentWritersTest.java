package app.kith.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.wiring.Kith;
import app.kith.KithProcess;
import app.kith.Store;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server and CLI commands on the same SQLite file at the same time: writers wait for each
 * other (busy timeout, immediate transactions) instead of failing, and every write is kept.
 */
class ConcurrentWritersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final int PEOPLE = 20;

    @TempDir
    Path folder;

    private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger logged = new AtomicInteger();
    private final AtomicInteger added = new AtomicInteger();

    /** One write through a wiring: a touchpoint for someone, or now and then a new person. */
    private void write(Kith kith, int n) {
        long owner = kith.accounts().owner().id();
        if (n % 5 == 4) {
            kith.people().add(owner, PersonDraft.named("Added " + n).withCircles(List.of("Monthly")), TODAY);
            added.incrementAndGet();
        } else {
            long person = kith.people().search(owner, "person " + (n % PEOPLE) + ".", 1, 0).get(0).id();
            kith.touchpoints().log(owner, new NewTouchpoint(person, TODAY.minusDays(n % 30), "call", "out", "n" + n),
                    TODAY);
            logged.incrementAndGet();
        }
    }

    /** Starts a thread that writes until {@code done} says so, at least {@code atLeast} times. */
    private Thread writer(CountDownLatch start, int atLeast, BooleanSupplier done, java.util.function.IntConsumer op) {
        Thread t = new Thread(() -> {
            try {
                start.await();
                for (int n = 0; n < atLeast || !done.getAsBoolean(); n++) {
                    op.accept(n);
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        });
        t.start();
        return t;
    }

    private Kith seeded(Database db) {
        Kith kith = Kith.wire(db, Clock.systemUTC());
        long owner = kith.accounts().owner().id();
        for (int i = 0; i < PEOPLE; i++) {
            kith.people().add(owner, PersonDraft.named("Person " + i + ".").withCircles(List.of("Monthly")), TODAY);
        }
        return kith;
    }

    private static int count(Kith kith, String what) {
        long owner = kith.accounts().owner().id();
        return what.equals("touchpoints") ? kith.touchpoints().count(owner) : kith.people().count(owner);
    }

    @Test
    void theServersPoolAndCommandsWritingOneFileAtOnceLoseNothing() throws Exception {
        DbSettings settings = Store.sqliteIn(folder);
        try (Database server = Database.forServer(settings, 4)) {
            Kith kith = seeded(server);
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int offset = w * 1000;
                threads.add(writer(start, 60, () -> true, n -> write(kith, offset + n)));
            }
            // Like ./kith commands: each write opens the file on its own connection, then closes it.
            for (int w = 0; w < 2; w++) {
                int offset = 10_000 + w * 1000;
                threads.add(writer(start, 40, () -> true, n -> {
                    try (Database command = Database.forCommand(settings)) {
                        write(Kith.wire(command, Clock.systemUTC()), offset + n);
                    }
                }));
            }

            start.countDown();
            for (Thread t : threads) {
                t.join(TimeUnit.MINUTES.toMillis(2));
            }

            assertThat(failures).isEmpty();
            assertThat(logged.get() + added.get()).isEqualTo(3 * 60 + 2 * 40);
            assertThat(count(kith, "touchpoints")).isEqualTo(logged.get());
            assertThat(count(kith, "people")).isEqualTo(PEOPLE + added.get());
        }
    }

    @Test
    void commandsStartingAtOnceOnANewFolderMakeOneStoreAndOneOwner() throws Exception {
        DbSettings settings = Store.sqliteIn(folder);
        Queue<Long> owners = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            threads.add(writer(start, 1, () -> true, n -> {
                try (Database command = Database.forCommand(settings)) {
                    owners.add(Kith.wire(command, Clock.systemUTC()).accounts().owner().id());
                }
            }));
        }

        start.countDown();
        for (Thread t : threads) {
            t.join(TimeUnit.MINUTES.toMillis(2));
        }

        assertThat(failures).isEmpty();
        assertThat(owners).hasSize(4).containsOnly(owners.peek());
    }

    @Test
    void commandProcessesAndTheServerWritingOneFileAtOnceLoseNothing() throws Exception {
        DbSettings settings = Store.sqliteIn(folder);
        try (Database server = Database.forServer(settings, 4)) {
            Kith kith = seeded(server);
            List<Process> commands = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                commands.add(kithProcess("log", "Person " + i + ".", "--via", "email", "--note", "from process " + i));
            }
            commands.add(kithProcess("add", "From a process", "--circle", "Monthly"));
            BooleanSupplier commandsDone = () -> commands.stream().noneMatch(Process::isAlive);
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int offset = w * 1000;
                threads.add(writer(start, 20, commandsDone, n -> write(kith, offset + n)));
            }

            start.countDown();
            for (Process p : commands) {
                assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
                String err = new String(p.getErrorStream().readAllBytes());
                assertThat(p.exitValue()).as(err).isZero();
            }
            for (Thread t : threads) {
                t.join(TimeUnit.MINUTES.toMillis(2));
            }

            assertThat(failures).isEmpty();
            assertThat(count(kith, "touchpoints")).isEqualTo(logged.get() + 2);
            assertThat(count(kith, "people")).isEqualTo(PEOPLE + added.get() + 1);
        }
    }

    private Process kithProcess(String... args) throws Exception {
        List<String> line = new ArrayList<>(List.of("--data", folder.toString()));
        line.addAll(List.of(args));
        return KithProcess.start(Map.of(), line.toArray(String[]::new));
    }
}
