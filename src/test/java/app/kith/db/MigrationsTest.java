package app.kith.db;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.SharedPostgres;
import app.kith.Store;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One Flyway history, written twice: the SQLite and PostgreSQL folders must stay in step. */
class MigrationsTest {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__(.+)\\.sql");

    private static Map<Integer, String> migrations(Dialect dialect) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver()
                .getResources(dialect.migrations() + "/*.sql");
        Map<Integer, String> versions = new TreeMap<>();
        for (Resource file : files) {
            Matcher m = VERSION.matcher(file.getFilename());
            assertThat(m.matches()).as("%s is named V<number>__<what>.sql", file.getFilename()).isTrue();
            versions.put(Integer.parseInt(m.group(1)), m.group(2));
        }
        return versions;
    }

    @Test
    void theLatestMigrationConstantIsTheNewestFile() throws IOException {
        for (Dialect dialect : Dialect.values()) {
            assertThat(migrations(dialect)).isNotEmpty();
            assertThat(((TreeMap<Integer, String>) migrations(dialect)).lastKey()).as(dialect.name())
                    .isEqualTo(Database.LATEST_MIGRATION);
        }
    }

    @Test
    void bothDialectsHaveTheSameMigrations() throws IOException {
        assertThat(migrations(Dialect.POSTGRESQL)).isEqualTo(migrations(Dialect.SQLITE));
    }

    @Test
    void bothStoresHaveTheSameTablesColumnsAndIndexes(@TempDir Path folder) {
        try (Database sqlite = Database.forCommand(Store.sqliteIn(folder));
             HikariDataSource postgres = SharedPostgres.newDatabase()) {
            Database.of(postgres, Dialect.POSTGRESQL);

            assertThat(withoutFullText(sqliteColumns(sqlite.dataSource())))
                    .isNotEmpty().isEqualTo(withoutFullText(postgresColumns(postgres)));
            assertThat(withoutFullText(sqliteIndexes(sqlite.dataSource())))
                    .isNotEmpty().isEqualTo(withoutFullText(postgresIndexes(postgres)));
            assertThat(sqliteColumns(sqlite.dataSource())).containsKey(FULL_TEXT);
            assertThat(postgresColumns(postgres)).containsKey(FULL_TEXT);
        }
    }

    @Test
    void anExistingStoreOpensWithoutMigratingAgain(@TempDir Path folder) throws IOException {
        Database.forCommand(Store.sqliteIn(folder)).close();
        try (Database again = Database.forCommand(Store.sqliteIn(folder))) {
            List<Integer> applied = JdbcClient.create(again.dataSource())
                    .sql("SELECT CAST(version AS INTEGER) FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")
                    .query(Integer.class).list();
            // Each migration once, in order: the second opening applied nothing again.
            assertThat(applied).isEqualTo(List.copyOf(migrations(Dialect.SQLITE).keySet()));
        }
    }

    /**
     * The "who knows" documents are where the stores truly differ: an FTS5 table (with its shadow
     * tables) on SQLite, a table with a tsvector and a GIN index on PostgreSQL.
     */
    private static final String FULL_TEXT = "who_doc";

    private static Map<String, TreeSet<String>> withoutFullText(Map<String, TreeSet<String>> tables) {
        Map<String, TreeSet<String>> rest = new TreeMap<>(tables);
        rest.keySet().removeIf(name -> name.startsWith(FULL_TEXT));
        return rest;
    }

    private static TreeSet<String> withoutFullText(TreeSet<String> indexes) {
        TreeSet<String> rest = new TreeSet<>(indexes);
        rest.removeIf(name -> name.startsWith(FULL_TEXT));
        return rest;
    }

    private static Map<String, TreeSet<String>> sqliteColumns(DataSource db) {
        Map<String, TreeSet<String>> tables = new TreeMap<>();
        JdbcClient.create(db).sql("""
                SELECT m.name, c.name FROM sqlite_master m, pragma_table_info(m.name) c
                WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
                """).query(rs -> {
                    tables.computeIfAbsent(rs.getString(1), t -> new TreeSet<>()).add(rs.getString(2));
                });
        return tables;
    }

    private static Map<String, TreeSet<String>> postgresColumns(DataSource db) {
        Map<String, TreeSet<String>> tables = new TreeMap<>();
        JdbcClient.create(db).sql("""
                SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()
                """).query(rs -> {
                    tables.computeIfAbsent(rs.getString(1), t -> new TreeSet<>()).add(rs.getString(2));
                });
        return tables;
    }

    /** Indexes the migrations name (not those SQLite or PostgreSQL make for keys and constraints). */
    private static TreeSet<String> sqliteIndexes(DataSource db) {
        return new TreeSet<>(JdbcClient.create(db)
                .sql("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND name NOT LIKE 'flyway%'")
                .query(String.class).list());
    }

    private static TreeSet<String> postgresIndexes(DataSource db) {
        return new TreeSet<>(JdbcClient.create(db).sql("""
                SELECT indexname FROM pg_indexes i
                WHERE schemaname = current_schema() AND indexname NOT LIKE 'flyway%'
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
                """).query(String.class).list());
    }
}
