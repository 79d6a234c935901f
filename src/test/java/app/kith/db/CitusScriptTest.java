package app.kith.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.SharedPostgres;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * deploy/citus.sql against the schema the migrations make on PostgreSQL: a table added without a
 * line there (sharded by account, global, or local) fails here, so none is forgotten.
 */
class CitusScriptTest {

    static JdbcClient sql;

    @BeforeAll
    static void migrated() {
        sql = JdbcClient.create(Database.of(SharedPostgres.emptiedDatabase("CitusScriptTest"), Dialect.POSTGRESQL)
                .dataSource());
    }

    @Test
    void everyTableWithAnAccountIdIsShardedByItOrGlobal() {
        Set<String> keyed = new TreeSet<>(sql.sql("""
                SELECT table_name FROM information_schema.columns
                WHERE table_schema = 'public' AND column_name = 'account_id'""").query(String.class).list());
        CitusScript script = CitusScript.read();

        assertThat(keyed).hasSizeGreaterThan(30);
        assertThat(script.distributed()).as("tables sharded by account in " + CitusScript.FILE)
                .containsAll(keyed.stream().filter(t -> !script.reference().contains(t)).toList());
        assertThat(keyed).as("what " + CitusScript.FILE + " shards by account_id has that column")
                .containsAll(script.distributed());
    }

    @Test
    void everyTableIsDeclaredAndNoneTwice() {
        List<String> tables = sql.sql("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'public' AND table_type = 'BASE TABLE'""").query(String.class).list();
        CitusScript script = CitusScript.read();

        assertThat(script.declared()).as("tables in " + CitusScript.FILE).containsExactlyInAnyOrderElementsOf(tables);
        assertThat(script.distributed().size() + script.reference().size() + script.local().size())
                .isEqualTo(tables.size());
    }

    /** Every global table is one no account owns, or one read by a secret before the account is known. */
    @Test
    void theGlobalTablesAreTheAccountsAndWhatIsFoundBeforeIt() {
        assertThat(CitusScript.read().reference()).containsExactlyInAnyOrder("account", "api_token", "remember_me",
                "calendar_link", "digest_key", "invitation");
    }
}
