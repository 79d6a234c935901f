package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.KithProcess;
import app.kith.SharedPostgres;
import app.kith.Store;
import app.kith.db.Database;
import app.kith.db.Dialect;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.wiring.Kith;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A node killed with SIGKILL (no shutdown hook, no rollback, no goodbye to the database) in the
 * middle of an import or a merge, on SQLite and on PostgreSQL: once Kith next opens the store, all
 * of that work is there or none of it, the store is sound, and running the work again completes.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(Store.class)
class KilledMidWorkTest {

    /** Enough rows that the import is still writing when killed (PostgreSQL writes them slower). */
    private static final Map<Store, Integer> ROWS = Map.of(Store.SQLITE, 20_000, Store.POSTGRESQL, 6_000);
    private static final int MOVED = 30_000;

    @Parameter
    Store store;

    @TempDir
    Path data;

    @TempDir
    Path files;

    private HikariDataSource postgres;

    @BeforeEach
    void newStore() {
        if (store == Store.POSTGRESQL) {
            postgres = SharedPostgres.newMigratedDatabase(); // migrating is not what is killed here
        }
    }

    @AfterEach
    void dropStore() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void anImportKilledPartWayLeavesAllOrNothingAndRunsWholeAgain() throws Exception {
        int rows = ROWS.get(store);
        Path file = linkedIn(rows);
        Process importing = kith(List.of(), "import", "linkedin", file.toString());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (count("SELECT count(*) FROM person") == 0 && importing.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(ThreadLocalRandom.current().nextInt(400)); // somewhere in the chunks that follow
        assertThat(importing.isAlive()).as("still importing when killed: " + output(importing)).isTrue();
        long atKill = count("SELECT count(*) FROM person");
        importing.destroyForcibly();
        assertThat(importing.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(atKill).as("people of the import's first chunks, written before the kill").isPositive();

        succeeds(kith(List.of(), "people", "--json")); // the next command opens the store

        assertThat(count("SELECT count(*) FROM person")).as("nothing of the killed import").isZero();
        assertSound();

        String again = succeeds(kith(List.of(), "import", "linkedin", file.toString()));
        assertThat(again).contains(String.format("%,d", rows));
        assertThat(count("SELECT count(*) FROM person WHERE deleted_at IS NULL")).isEqualTo(rows);
        assertSound();
    }

    @Test
    void aMergeKilledPartWayLeavesAllOrNothingAndRunsWholeAgain() throws Exception {
        long[] pair = twoPeopleOneWithALongHistory();
        long keep = pair[0];
        long other = pair[1];
        long touchpoints = count("SELECT count(*) FROM touchpoint");

        Process merging = kith(List.of(), "merge", String.valueOf(keep), String.valueOf(other));
        waitForLine(merging, "moves"); // the preview is shown: the merge's transaction comes next
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        boolean writing = false;
        while (!writing && merging.isAlive() && System.nanoTime() < deadline) {
            writing = writing();
        }
        Thread.sleep(ThreadLocalRandom.current().nextInt(30));
        merging.destroyForcibly();
        assertThat(merging.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(writing).as("the merge was writing when killed").isTrue();

        succeeds(kith(List.of(), "people", "--json"));

        long merges = count("SELECT count(*) FROM person_merge");
        long onKeep = count("SELECT count(*) FROM touchpoint WHERE person_id = " + keep);
        long onOther = count("SELECT count(*) FROM touchpoint WHERE person_id = " + other);
        long otherGone = count("SELECT count(*) FROM person WHERE id = " + other + " AND deleted_at IS NOT NULL");
        assertThat(count("SELECT count(*) FROM touchpoint")).isEqualTo(touchpoints);
        if (merges == 0) {
            assertThat(List.of(onKeep, onOther, otherGone)).as("nothing of the merge").containsExactly(10L, (long) MOVED, 0L);
            assertSound();
            succeeds(kith(List.of(), "merge", String.valueOf(keep), String.valueOf(other)));
        }
        assertThat(count("SELECT count(*) FROM person_merge")).isOne();
        assertThat(count("SELECT count(*) FROM touchpoint WHERE person_id = " + keep)).isEqualTo(touchpoints);
        assertThat(count("SELECT count(*) FROM person WHERE id = " + other + " AND deleted_at IS NOT NULL")).isOne();
        assertSound();
    }

    /** Two people entered twice, the second with a long history to move: a merge that takes a while. */
    private long[] twoPeopleOneWithALongHistory() {
        Database db = store == Store.SQLITE ? Database.forCommand(Store.sqliteIn(data))
                : Database.of(postgres, Dialect.POSTGRESQL);
        try {
            Kith kith = Kith.wire(db, Clock.systemUTC());
            long account = kith.accounts().owner().id();
            LocalDate today = LocalDate.now(Clock.systemUTC());
            long keep = kith.people().add(account, PersonDraft.named("Ada Lovelace"), today).id();
            long other = kith.people().add(account, PersonDraft.named("Ada King"), today).id();
            List<NewTouchpoint> recent = IntStream.range(0, 10)
                    .mapToObj(i -> new NewTouchpoint(keep, today.minusDays(i), "call", "out", null)).toList();
            db.transactions().executeWithoutResult(s -> kith.touchpoints().logAll(account, recent));
            // The long history in one statement: written through the facade it would take longer than the test.
            JdbcClient.create(db.dataSource()).sql("""
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :moved)
                    INSERT INTO touchpoint (account_id, person_id, day, channel, direction, note, created_at)
                    SELECT :account, :other, :today - i % 3000, 'email', 'in', 'message', 0 FROM n
                    """).param("moved", MOVED).param("account", account).param("other", other)
                    .param("today", today.toEpochDay()).update();
            return new long[] {keep, other};
        } finally {
            db.close();
        }
    }

    /**
     * Whether a writer holds the store: on SQLite, its write lock cannot be taken; on PostgreSQL,
     * another session's transaction has written.
     */
    private boolean writing() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            if (store == Store.SQLITE) {
                s.execute("PRAGMA busy_timeout = 0");
                try {
                    s.execute("BEGIN IMMEDIATE");
                    s.execute("ROLLBACK");
                    return false;
                } catch (SQLException busy) {
                    return true;
                }
            }
            try (ResultSet rs = s.executeQuery("""
                    SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                    WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND l.locktype = 'transactionid'
                    """)) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    /**
     * The store is sound: SQLite's own checks pass, no row names a person, touchpoint or run that is
     * not there, and no import is left half-written.
     */
    private void assertSound() throws SQLException {
        if (store == Store.SQLITE) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    assertThat(rs.next() ? rs.getString(1) : null).isEqualTo("ok");
                }
                try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                    assertThat(rs.next()).as("a row whose foreign key names nothing").isFalse();
                }
            }
        }
        assertThat(count("SELECT count(*) FROM import_run")).isZero();
        assertThat(count("SELECT count(*) FROM import_undo")).isZero();
        assertThat(count("SELECT count(*) FROM touchpoint t LEFT JOIN person p ON p.id = t.person_id WHERE p.id IS NULL"))
                .isZero();
        assertThat(count("SELECT count(*) FROM circle_member m LEFT JOIN person p ON p.id = m.person_id WHERE p.id IS NULL"))
                .isZero();
    }

    private Path linkedIn(int rows) throws Exception {
        Path file = files.resolve("Connections.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
            for (int i = 0; i < rows; i++) {
                out.write("Person,Number " + i + ",https://www.linkedin.com/in/person-number-" + i + ","
                        + (i % 7 == 0 ? "person" + i + "@example.com" : "") + ",Company " + (i % 700) + ",Role "
                        + (i % 50) + ",12 Mar 2024\n");
            }
        }
        return file;
    }

    private Process kith(List<String> jvm, String... args) throws Exception {
        Map<String, String> env = new HashMap<>();
        if (postgres != null) {
            env.put("KITH_DB_URL", postgres.getJdbcUrl());
            env.put("KITH_DB_USER", "postgres");
        }
        List<String> line = new ArrayList<>(List.of("--data", data.toString()));
        line.addAll(List.of(args));
        return KithProcess.start(jvm, env, line.toArray(String[]::new));
    }

    private Connection connect() throws SQLException {
        return store == Store.SQLITE ? DriverManager.getConnection("jdbc:sqlite:" + data.resolve("kith.db"))
                : postgres.getConnection();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            if (e.getMessage().contains("no such table") || e.getMessage().contains("does not exist")) {
                return 0; // the store is not made yet
            }
            throw e;
        }
    }

    private static void waitForLine(Process p, String part) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.contains(part)) {
                return;
            }
        }
        throw new AssertionError("no line with \"" + part + "\" in: " + seen + output(p));
    }

    private static String succeeds(Process p) throws Exception {
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String out = output(p);
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static String output(Process p) throws Exception {
        if (p.isAlive()) {
            return "";
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
