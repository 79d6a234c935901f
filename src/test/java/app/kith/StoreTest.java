package app.kith;

import app.kith.wiring.Kith;
import app.kith.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test that runs on both stores: every test method runs once on a new SQLite file and once on
 * an emptied PostgreSQL database, through the same wiring as the CLI and the server. Surefire's
 * reports call the runs {@code [1]} (SQLite) and {@code [2]} (PostgreSQL).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(Store.class)
public abstract class StoreTest {

    /** Every test's "now": Monday 2 March 2026, 10:00 UTC. */
    public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Parameter
    protected Store store;

    @TempDir
    protected Path folder;

    protected Database db;
    protected Kith kith;
    private Store.Opened opened;

    @BeforeEach
    void openStore() {
        opened = store.open(folder, getClass().getName());
        db = opened.db();
        kith = Kith.wire(db, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void closeStore() {
        if (opened != null) {
            opened.close().run();
        }
    }

    /** The owner account's id (made on first use). */
    protected long owner() {
        return kith.accounts().owner().id();
    }

    /** A second account beside the owner, to show that it never reaches the owner's data. */
    protected long anotherAccount() {
        if (kith.accounts().needsSetup()) {
            kith.accounts().create("owner@example.com", "owner's password");
        }
        return kith.accounts().create("other@example.com", "other's password").account().id();
    }

    /** Rows in a table across every account: a refused write leaves every count as it was. */
    protected int rows(String table) {
        return JdbcClient.create(db.dataSource()).sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }

    /** Plain SQL on the store, for what no facade shows (what is stored, not what is returned). */
    protected JdbcClient sql() {
        return JdbcClient.create(db.dataSource());
    }
}
