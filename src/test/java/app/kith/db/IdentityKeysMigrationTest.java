package app.kith.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.SharedPostgres;
import app.kith.Store;
import app.kith.person.Identities;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The phones and LinkedIn profiles of a store made before identity keys were stored get their
 * keys when it is upgraded, the same as Kith makes them, and no card changes for it.
 */
class IdentityKeysMigrationTest {

    private static final List<String> PHONES = List.of("+44 (20) 7946-0000", "020 7946 0000", "555-0199 x12", "12 34",
            "1.555.010.9999", "+1/555/0100");
    private static final List<String> PROFILES = List.of("https://www.linkedin.com/in/Ada-L/",
            "https://linkedin.com/in/grace//", "https://uk.linkedin.com/in/alan", "https://www.uk.linkedin.com/in/x",
            "https://linkedin.com/in/%C3%A9mile");

    @Test
    void anUpgradedSqliteStoreHasEveryKeyAsKithMakesIt(@TempDir Path folder) {
        SQLiteDataSource before = new SQLiteDataSource();
        before.setUrl("jdbc:sqlite:" + folder.resolve("kith.db"));
        int revision = fillBeforeKeys(before, Dialect.SQLITE);

        try (Database upgraded = Database.forCommand(Store.sqliteIn(folder))) {
            assertKeys(upgraded.dataSource(), revision);
        }
    }

    @Test
    void anUpgradedPostgresqlStoreHasEveryKeyAsKithMakesIt() {
        try (HikariDataSource postgres = SharedPostgres.newDatabase()) {
            int revision = fillBeforeKeys(postgres, Dialect.POSTGRESQL);

            assertKeys(Database.of(postgres, Dialect.POSTGRESQL).dataSource(), revision);
        }
    }

    /**
     * A store at the version before the keys, with people who have phones and profiles; returns
     * its address book's revision.
     */
    private static int fillBeforeKeys(DataSource store, Dialect dialect) {
        Flyway.configure().dataSource(store).locations(dialect.migrations()).target("45").load().migrate();
        JdbcClient sql = JdbcClient.create(store);
        sql.sql("INSERT INTO account (id, is_owner, time_zone, created_at) VALUES (1, 1, 'UTC', 0)").update();
        for (int n = 0; n < PROFILES.size(); n++) {
            sql.sql("""
                    INSERT INTO person (id, account_id, name, name_key, linkedin_url, search_text, started_day,
                                        created_day, created_at, updated_at)
                    VALUES (:id, 1, 'P', 'p', :url, 'p', 0, 0, 0, 0)
                    """).param("id", n + 1).param("url", PROFILES.get(n)).update();
        }
        sql.sql("INSERT INTO person (id, account_id, name, name_key, search_text, started_day, created_day, created_at,"
                + " updated_at) VALUES (99, 1, 'Q', 'q', 'q', 0, 0, 0, 0)").update();
        for (int n = 0; n < PHONES.size(); n++) {
            sql.sql("INSERT INTO person_phone (account_id, person_id, position, phone) VALUES (1, 99, :position, :phone)")
                    .param("position", n).param("phone", PHONES.get(n)).update();
        }
        return revision(sql);
    }

    private static int revision(JdbcClient sql) {
        return sql.sql("SELECT revision FROM dav_revision WHERE account_id = 1").query(Integer.class).single();
    }

    private static void assertKeys(DataSource store, int revision) {
        JdbcClient sql = JdbcClient.create(store);
        List<String> phoneKeys = sql.sql("SELECT phone_key FROM person_phone WHERE account_id = 1 ORDER BY position")
                .query((rs, n) -> rs.getString(1)).list();
        List<String> profileKeys = sql.sql("SELECT linkedin_key FROM person WHERE account_id = 1 AND id < 99 ORDER BY id")
                .query(String.class).list();

        assertThat(phoneKeys).isEqualTo(PHONES.stream().map(Identities::phoneKey).toList());
        assertThat(phoneKeys).contains((String) null);
        assertThat(profileKeys).isEqualTo(PROFILES.stream().map(Identities::linkedinKey).toList());
        assertThat(sql.sql("SELECT count(*) FROM person WHERE account_id = 1 AND id = 99 AND linkedin_key IS NULL")
                .query(Integer.class).single()).as("no profile, no key").isEqualTo(1);
        assertThat(revision(sql)).as("no card changed").isEqualTo(revision);
    }
}
