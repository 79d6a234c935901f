package app.kith.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Another program holding SQLite's write lock for longer than Kith waits: each write either waits
 * and is saved, or fails as busy with nothing written; the connections that failed are as good as
 * new once the lock is gone, and a transaction on any of them is still all or nothing.
 */
class LockedStoreTest {

    private static final int POOL = 4;

    @TempDir
    Path folder;

    /** A second program's connection, holding the write lock as python's BEGIN IMMEDIATE would. */
    private Connection holdLock() throws Exception {
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("kith.db"));
        try (Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
        return other;
    }

    private static void release(Connection other) throws Exception {
        try (Statement s = other.createStatement()) {
            s.execute("ROLLBACK");
        }
        other.close();
    }

    private static int notes(JdbcClient sql, String note) {
        return sql.sql("SELECT count(*) FROM circle WHERE name = ?").param(note).query(Integer.class).single();
    }

    @Test
    void writesThatTimeOutOnTheLockSaveNothingAndTheConnectionsWorkOnceItIsGone() throws Exception {
        try (Database db = Database.forServer(Store.sqliteIn(folder), POOL, Duration.ofMillis(300))) {
            JdbcClient sql = JdbcClient.create(db.dataSource());
            long account = sql.sql("INSERT INTO account (time_zone, created_at) VALUES ('UTC', 0) RETURNING id").query(Long.class).single();
            Connection other = holdLock();
            ExecutorService writers = Executors.newFixedThreadPool(POOL * 2);
            List<Future<?>> attempts = new ArrayList<>();
            for (int i = 0; i < POOL * 2; i++) {
                String name = "during " + i;
                attempts.add(writers.submit((Callable<Void>) () -> {
                    db.transactions().executeWithoutResult(s -> insertCircle(sql, account, name));
                    return null;
                }));
            }
            for (Future<?> attempt : attempts) {
                assertThatThrownBy(attempt::get).satisfies(e -> assertThat(Database.busy(e)).as(e.toString()).isTrue());
            }
            release(other);

            for (int i = 0; i < POOL * 2; i++) {
                assertThat(notes(sql, "during " + i)).isZero();
            }
            // Every pooled connection, once more: a transaction that fails after a write leaves nothing,
            // one that succeeds is saved, and neither reports what it did not do.
            List<Future<?>> after = new ArrayList<>();
            for (int i = 0; i < POOL * 4; i++) {
                String name = "after " + i;
                boolean fail = i % 2 == 0;
                after.add(writers.submit((Callable<Void>) () -> {
                    try {
                        db.transactions().executeWithoutResult(s -> {
                            insertCircle(sql, account, name);
                            if (fail) {
                                throw new IllegalStateException("a step after the write failed");
                            }
                        });
                    } catch (IllegalStateException expected) {
                        assertThat(fail).isTrue();
                    }
                    return null;
                }));
            }
            for (Future<?> f : after) {
                f.get();
            }
            writers.shutdown();
            for (int i = 0; i < POOL * 4; i++) {
                assertThat(notes(sql, "after " + i)).as("after " + i).isEqualTo(i % 2 == 0 ? 0 : 1);
            }
        }
    }

    @Test
    void aCommandsConnectionThatTimedOutOnTheLockIsStillAllOrNothing() throws Exception {
        try (Database db = Database.forServer(Store.sqliteIn(folder), 1, Duration.ofMillis(200))) {
            JdbcClient sql = JdbcClient.create(db.dataSource());
            long account = sql.sql("INSERT INTO account (time_zone, created_at) VALUES ('UTC', 0) RETURNING id").query(Long.class).single();
            Connection other = holdLock();
            assertThatThrownBy(() -> db.transactions().executeWithoutResult(s -> insertCircle(sql, account, "locked")))
                    .satisfies(e -> assertThat(Database.busy(e)).isTrue());
            release(other);

            assertThatThrownBy(() -> db.transactions().executeWithoutResult(s -> {
                insertCircle(sql, account, "half");
                throw new IllegalStateException("and then a failure");
            })).isInstanceOf(IllegalStateException.class);
            db.transactions().executeWithoutResult(s -> insertCircle(sql, account, "whole"));

            assertThat(notes(sql, "locked")).isZero();
            assertThat(notes(sql, "half")).isZero();
            assertThat(notes(sql, "whole")).isOne();
        }
    }

    @Test
    void theReadinessCheckSaysWhetherAWriteWouldBeTaken() throws Exception {
        try (Database db = Database.forServer(Store.sqliteIn(folder), 2)) {
            assertThat(db.takesWrites(Duration.ofMillis(200))).isTrue();
            Connection other = holdLock();
            assertThat(db.takesWrites(Duration.ofMillis(200))).isFalse();
            release(other);
            assertThat(db.takesWrites(Duration.ofMillis(200))).isTrue();
        }
    }

    @Test
    void readinessAnswersWithinItsOwnWaitWhileAWriteKeepsTheLongerLockWait() throws Exception {
        try (Database db = Database.forServer(Store.sqliteIn(folder), 2)) {
            JdbcClient sql = JdbcClient.create(db.dataSource());
            long account = sql.sql("INSERT INTO account (time_zone, created_at) VALUES ('UTC', 0) RETURNING id").query(Long.class).single();
            Connection other = holdLock();
            ExecutorService writer = Executors.newSingleThreadExecutor();
            try {
                Future<Long> write = writer.submit(() -> {
                    long start = System.nanoTime();
                    db.transactions().executeWithoutResult(s -> insertCircle(sql, account, "waited"));
                    return (System.nanoTime() - start) / 1_000_000;
                });

                long start = System.nanoTime();
                boolean ready = db.takesWrites(Duration.ofSeconds(1));
                long answeredIn = (System.nanoTime() - start) / 1_000_000;
                assertThat(ready).isFalse();
                assertThat(answeredIn).as("a load balancer's answer, in ms").isBetween(900L, 1_600L);

                Thread.sleep(2_000); // past readiness's wait, within the write's (10 s)
                assertThat(write.isDone()).as("the write still waits for the lock").isFalse();
                release(other);
                assertThat(write.get()).as("the write waited, in ms, and was saved").isGreaterThan(2_500L);
                assertThat(notes(sql, "waited")).isOne();
                assertThat(db.takesWrites(Duration.ofSeconds(1))).isTrue();
            } finally {
                writer.shutdownNow();
            }
        }
    }

    @Test
    void aWriterWaitingForTheLockGetsItBetweenAnotherWritersShortTransactions() throws Exception {
        try (Database db = Database.forServer(Store.sqliteIn(folder), 2, Duration.ofSeconds(2))) {
            JdbcClient sql = JdbcClient.create(db.dataSource());
            long account = sql.sql("INSERT INTO account (time_zone, created_at) VALUES ('UTC', 0) RETURNING id").query(Long.class).single();
            // Another program writing back to back, 100 ms transactions with a 2 ms gap, for 6 s.
            Thread busy = new Thread(() -> {
                try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("kith.db"));
                     Statement s = other.createStatement()) {
                    long end = System.nanoTime() + Duration.ofSeconds(6).toNanos();
                    while (System.nanoTime() < end) {
                        s.execute("BEGIN IMMEDIATE");
                        Thread.sleep(100);
                        s.execute("COMMIT");
                        Thread.sleep(2);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            busy.start();
            Thread.sleep(100);
            List<Long> waits = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String name = "between " + i;
                long start = System.nanoTime();
                db.transactions().executeWithoutResult(s -> insertCircle(sql, account, name));
                waits.add((System.nanoTime() - start) / 1_000_000);
                Thread.sleep(37);
            }
            busy.join();
            // Each waits for about one of the other's transactions; SQLite's own busy timeout, looking
            // every 100 ms, misses the gaps and times out.
            assertThat(waits).allMatch(ms -> ms < 1_000);
            assertThat(sql.sql("SELECT count(*) FROM circle").query(Integer.class).single()).isEqualTo(20);
        }
    }

    private static void insertCircle(JdbcClient sql, long account, String name) {
        sql.sql("INSERT INTO circle (account_id, name, name_key, created_at) VALUES (?, ?, ?, 0)").params(account, name, name).update();
    }
}
