package app.kith.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.Store;
import app.kith.db.Database;
import app.kith.person.PersonDraft;
import app.kith.wiring.Kith;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A SQLite store indexed before each account's "who knows" documents had a range of rowids of
 * their own: the upgrade carries every document over, so each account finds its people at once,
 * with nothing to rebuild.
 */
class WhoUpgradeTest {

    @TempDir
    Path folder;

    @Test
    void peopleIndexedBeforeTheUpgradeAreFoundAtOnceByTheirOwnAccountOnly() throws Exception {
        long owner;
        long other;
        try (Database db = Database.forCommand(Store.sqliteIn(folder))) {
            Kith kith = kith(db);
            owner = kith.accounts().create("owner@example.com", "owner's password").account().id();
            other = kith.accounts().create("other@example.com", "other's password").account().id();
            kith.people().add(owner, draft("Ines Duarte", "pottery"), StoreTest.TODAY);
            kith.people().add(owner, draft("Ada Lee", "typography"), StoreTest.TODAY);
            kith.people().add(other, draft("Tom Baker", "pottery"), StoreTest.TODAY);
            kith.who().reindex(owner);
            kith.who().reindex(other);
            asBeforeTheUpgrade(JdbcClient.create(db.dataSource()));
            upgrade(db);
        }

        try (Database db = Database.forCommand(Store.sqliteIn(folder))) {
            JdbcClient sql = JdbcClient.create(db.dataSource());
            assertThat(sql.sql("SELECT count(*) FROM who_stale").query(Integer.class).single()).isZero();
            assertThat(sql.sql("SELECT count(*) FROM who_doc").query(Integer.class).single()).isEqualTo(3);
            Kith kith = kith(db);
            assertThat(names(kith, owner, "pottery")).containsExactly("Ines Duarte");
            assertThat(names(kith, other, "pottery")).containsExactly("Tom Baker");
            assertThat(names(kith, owner, "typography")).containsExactly("Ada Lee");
        }
    }

    /**
     * who_doc as the store had it before (the rowid the person's id, whatever the account), with
     * the same documents, and the upgrade not yet applied.
     */
    private static void asBeforeTheUpgrade(JdbcClient sql) {
        String columns = "name, topics, role, needs, company, location, met, notes, touchpoints, asks, intros";
        sql.sql("CREATE VIRTUAL TABLE who_doc_before USING fts5(account_id UNINDEXED, " + columns
                + ", tokenize = 'porter unicode61 remove_diacritics 2')").update();
        sql.sql("INSERT INTO who_doc_before (rowid, account_id, " + columns + ")"
                + " SELECT rowid - account_id * 4294967296, account_id, " + columns + " FROM who_doc").update();
        sql.sql("DROP TABLE who_doc").update();
        sql.sql("ALTER TABLE who_doc_before RENAME TO who_doc").update();
    }

    /** The upgrade's own script, whichever its number: later migrations leave who_doc alone. */
    private static void upgrade(Database db) throws Exception {
        Resource[] found = new PathMatchingResourcePatternResolver()
                .getResources("classpath:db/migration/sqlite/V*__who_knows_by_account.sql");
        assertThat(found).hasSize(1);
        try (Connection connection = db.dataSource().getConnection()) {
            ScriptUtils.executeSqlScript(connection, found[0]);
        }
    }

    private static Kith kith(Database db) {
        return Kith.wire(db, Clock.fixed(StoreTest.NOW, ZoneOffset.UTC));
    }

    private static PersonDraft draft(String name, String topic) {
        return new PersonDraft(name, List.of(), List.of(), null, null, null, null, null, null, List.of(topic), null,
                null, null, List.of(), null, List.of());
    }

    private static List<String> names(Kith kith, long accountId, String text) {
        return kith.who().who(accountId, WhoQuery.of(text)).stream().map(WhoResult::name).toList();
    }
}
