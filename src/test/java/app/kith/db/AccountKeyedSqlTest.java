package app.kith.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every SQL statement of Kith that touches a table sharded by account (deploy/citus.sql) names
 * {@code account_id}: on one database it keeps each account to its own rows, on Citus it sends the
 * query to the one node that holds them. The few that work across accounts by design are listed
 * here, each with why.
 */
class AccountKeyedSqlTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern SQL = Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE)\\b");
    private static final Pattern TABLE = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE)\\s+([a-z_][a-z0-9_]*)");

    /** File (below app/kith/) and table → why that file's statements on it need no account_id. */
    static final Map<String, String> ACROSS_ACCOUNTS = Map.of(
            "person/PersonRepository.java person",
            "the daily purge of people deleted 30 days ago, every account's in one sweep",
            "backup/Backups.java person",
            "a backup holds every account: its summary counts the people of all",
            "io/ImportRunRepository.java import_run",
            "an unfinished import of any account is taken back by whichever node finds it: runs by their"
                    + " store-wide id (a handful of rows)",
            "io/ImportRunRepository.java import_undo",
            "the journal of such a run, read and emptied by the run's id",
            "audit/AuditRepository.java audit_event",
            "the daily purge of events older than a year, every account's in one sweep",
            "web/io/PendingImports.java import_pending",
            "previews nobody confirmed within the hour, every account's swept at once",
            "web/io/PendingConversations.java conversations_pending",
            "messages files nobody confirmed within the hour, every account's swept at once",
            "web/io/ImportJobStore.java import_job",
            "import jobs not heard of for an hour, every account's swept at once");

    @Test
    void everyStatementOnAShardedTableNamesTheAccount() throws IOException {
        Set<String> sharded = CitusScript.read().distributed();
        List<String> unscoped = new ArrayList<>();
        Set<String> allowedAndUsed = new TreeSet<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = SOURCES.resolve("app/kith").relativize(file).toString().replace('\\', '/');
                for (JavaSql.Statement s : JavaSql.statements(Files.readString(file))) {
                    Set<String> tables = tables(s.sql(), sharded);
                    if (tables.isEmpty()) {
                        continue;
                    }
                    checked++;
                    if (s.sql().contains("account_id")) {
                        continue;
                    }
                    for (String table : tables) {
                        String key = name + " " + table;
                        if (ACROSS_ACCOUNTS.containsKey(key)) {
                            allowedAndUsed.add(key);
                        } else {
                            unscoped.add(name + ":" + s.line() + " on " + table + ": "
                                    + s.sql().strip().replaceAll("\\s+", " "));
                        }
                    }
                }
            }
        }

        assertThat(checked).as("statements on sharded tables").isGreaterThan(200);
        assertThat(unscoped).as("statements without account_id (scope them, or list them with a reason)").isEmpty();
        assertThat(allowedAndUsed).as("exceptions still needed").containsExactlyInAnyOrderElementsOf(
                ACROSS_ACCOUNTS.keySet());
    }

    @Test
    void aStatementWithoutTheAccountIsFoundWhereverItsPiecesAre() {
        Set<String> sharded = Set.of("person", "touchpoint");
        String java = """
                class Repo {
                    private static final String SCOPE = " AND account_id = :account";
                    Optional<Person> scoped(long id) {
                        return jdbc.sql("SELECT name FROM person WHERE id = :id" + SCOPE).query().optional();
                    }
                    int leaky(long id) {
                        return jdbc.sql(\"""
                                SELECT count(*) FROM touchpoint t
                                JOIN person p ON p.id = t.person_id WHERE p.id = :id
                                \""").query(Integer.class).single();
                    }
                    String words() {
                        return "Removed from person lists";
                    }
                }
                """;

        List<JavaSql.Statement> found = JavaSql.statements(java).stream()
                .filter(s -> !tables(s.sql(), sharded).isEmpty() && !s.sql().contains("account_id")).toList();

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.line()).isEqualTo(7);
            assertThat(tables(s.sql(), sharded)).containsExactly("person", "touchpoint");
        });
    }

    private static Set<String> tables(String sql, Set<String> sharded) {
        Set<String> tables = new TreeSet<>();
        if (!SQL.matcher(sql).find()) {
            return tables;
        }
        Matcher m = TABLE.matcher(sql);
        while (m.find()) {
            if (sharded.contains(m.group(1))) {
                tables.add(m.group(1));
            }
        }
        return tables;
    }
}
