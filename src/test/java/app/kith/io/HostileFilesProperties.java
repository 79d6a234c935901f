package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.Folders;
import app.kith.Hostile;
import app.kith.Invalid;
import app.kith.Store;
import app.kith.db.Database;
import app.kith.wiring.Kith;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Every contacts importer, fed damaged and hostile files: each is imported, or refused with an
 * {@link Invalid} that names the field, and a refused file leaves every table of the store as it
 * was. No other exception, ever.
 */
class HostileFilesProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final int TRIES = 40;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path folder;
    private static Database db;
    private static Kith kith;
    private static String jsonExport;

    @BeforeContainer
    static void openStore() throws IOException {
        folder = Files.createTempDirectory("kith-hostile");
        db = Database.forCommand(Store.sqliteIn(folder));
        kith = Kith.wire(db, Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));
        long account = account();
        kith.imports().apply(account, ImportFormat.VCARD, resource("io/vcard/apple-contacts-3.0.vcf"), null, TODAY,
                Imports.Progress.none());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        kith.exports().write(account, ExportFormat.JSON, out);
        jsonExport = out.toString(StandardCharsets.UTF_8);
    }

    @AfterContainer
    static void closeStore() throws IOException {
        db.close();
        Folders.delete(folder);
    }

    @Property(tries = TRIES)
    void aLinkedInExportIsImportedOrRefused(@ForAll("linkedIn") byte[] file) {
        importedOrRefused(ImportFormat.LINKEDIN, file);
    }

    @Property(tries = TRIES)
    void aVCardFileIsImportedOrRefused(@ForAll("vCards") byte[] file) {
        importedOrRefused(ImportFormat.VCARD, file);
    }

    @Property(tries = TRIES)
    void aGoogleOrOutlookExportIsImportedOrRefused(@ForAll("googleOrOutlook") byte[] file) {
        importedOrRefused(file.length % 2 == 0 ? ImportFormat.GOOGLE : ImportFormat.OUTLOOK, file);
    }

    @Property(tries = TRIES)
    void anyCsvIsImportedOrRefused(@ForAll("csv") byte[] file) {
        importedOrRefused(ImportFormat.CSV, file);
    }

    @Property(tries = TRIES)
    void aKithJsonExportIsRestoredOrRefused(@ForAll("json") byte[] file) {
        importedOrRefused(ImportFormat.JSON, file);
    }

    @Property(tries = TRIES)
    void aKithJsonExportWithAnyValueReplacedIsRestoredOrRefused(@ForAll("replaced") byte[] file) {
        importedOrRefused(ImportFormat.JSON, file);
    }

    @Property(tries = TRIES)
    void linkedInMessagesAreLoggedOrRefused(@ForAll("messages") byte[] file) {
        long account = account();
        Map<String, Integer> before = rows();
        try {
            kith.imports().linkedInMessages().run(account, new ByteArrayInputStream(file), null, false);
        } catch (Invalid refused) {
            assertThat(refused.field()).isNotBlank();
            assertThat(rows()).isEqualTo(before);
        }
        assertStoreWorks();
    }

    private void importedOrRefused(ImportFormat format, byte[] file) {
        long account = account();
        Map<String, Integer> before = rows();
        if (format != ImportFormat.JSON) { // a restore's preview is a restore into a new store: tried elsewhere
            try {
                kith.imports().preview(account, format, new ByteArrayInputStream(file), null);
            } catch (Invalid refused) {
                assertThat(refused.field()).isNotBlank();
            }
            assertThat(rows()).as("a preview writes nothing").isEqualTo(before);
        }
        try {
            kith.imports().apply(account, format, new ByteArrayInputStream(file), null, TODAY, Imports.Progress.none());
        } catch (Invalid refused) {
            assertThat(refused.field()).isNotBlank();
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(rows()).as("nothing of a refused file").isEqualTo(before);
        }
        assertStoreWorks();
    }

    /** The store's one connection takes a write in a transaction of its own: a failure left it sound. */
    private static void assertStoreWorks() {
        db.transactions().executeWithoutResult(s -> JdbcClient.create(db.dataSource())
                .sql("UPDATE account SET capacity = capacity WHERE id = -1").update());
    }

    @Provide
    Arbitrary<byte[]> linkedIn() {
        return Hostile.files(text("io/linkedin/Connections.csv"),
                "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,,ada@example.com,,,12 Mar 2024\n");
    }

    @Provide
    Arbitrary<byte[]> vCards() {
        return Hostile.files(text("io/vcard/apple-contacts-3.0.vcf"), text("io/vcard/android-2.1.vcf"),
                text("io/vcard/google-3.0.vcf"), text("io/vcard/groups-4.0.vcf"),
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\n Lovelace\r\nNOTE:folded\r\n\tover\r\n  lines\r\nEND:VCARD\r\n");
    }

    @Provide
    Arbitrary<byte[]> googleOrOutlook() {
        return Hostile.files(text("io/google/google-2023.csv"), text("io/google/google-legacy.csv"),
                text("io/outlook/outlook.csv"));
    }

    @Provide
    Arbitrary<byte[]> csv() {
        return Hostile.files("Name,Email,Company,Notes\nAda Lovelace,ada@example.com,\"Engines, Ltd.\",\"a \"\"quoted\"\"\nnote\"\n",
                "name;email\r\nGrace Hopper;grace@example.com\r\n", "\"Full name\"\n\"Linus\n");
    }

    @Provide
    Arbitrary<byte[]> json() {
        return Hostile.files(jsonExport, "{\"format\":\"kith\",\"version\":1,\"people\":[{\"name\":\"Ada\"}]}");
    }

    /** The export with one value (a name, a list, a person, the version…) replaced by any JSON at all. */
    @Provide
    Arbitrary<byte[]> replaced() {
        List<String> places = new ArrayList<>();
        pointers(JSON.readTree(jsonExport), "", places);
        List<String> fields = List.of("format", "version", "people", "id", "name", "emails", "circles", "day", "personId",
                "touchpoints", "asks", "state", "events", "birthday", "rhythmDays", "settings", "capacity");
        return Combinators.combine(Arbitraries.of(places), Hostile.json(fields)).as((place, value) -> {
            JsonNode copy = JSON.readTree(jsonExport);
            int slash = place.lastIndexOf('/');
            JsonNode parent = copy.at(place.substring(0, slash));
            String last = place.substring(slash + 1);
            if (parent instanceof ArrayNode list) {
                list.set(Integer.parseInt(last), StringNode.valueOf(HOLE));
            } else {
                ((ObjectNode) parent).put(last, HOLE);
            }
            return JSON.writeValueAsString(copy).replace("\"" + HOLE + "\"", value).getBytes(StandardCharsets.UTF_8);
        });
    }

    private static final String HOLE = "@@hostile@@";

    /** The JSON pointer of every value below {@code node}. */
    private static void pointers(JsonNode node, String at, List<String> into) {
        if (node instanceof ObjectNode object) {
            object.propertyNames().forEach(name -> {
                into.add(at + "/" + name);
                pointers(object.get(name), at + "/" + name, into);
            });
        } else if (node instanceof ArrayNode list) {
            for (int i = 0; i < list.size(); i++) {
                into.add(at + "/" + i);
                pointers(list.get(i), at + "/" + i, into);
            }
        }
    }

    @Provide
    Arbitrary<byte[]> messages() {
        return Hostile.files(text("io/linkedin/messages.csv"));
    }

    /**
     * A new account for each file (a restore needs an empty one, and each file starts from
     * nothing), made in SQL: hashing a password for each would cost more than the import.
     */
    private static long account() {
        return JdbcClient.create(db.dataSource()).sql("""
                INSERT INTO account (email, password_hash, is_owner, capacity, time_zone, created_at)
                VALUES (:email, 'none', 0, 5, 'UTC', 0) RETURNING id
                """).param("email", UUID.randomUUID() + "@example.com").query(Long.class).single();
    }

    /**
     * Rows in every table of the store but the address book's change log: a phone may sync an
     * import's first people while it runs, so taking them back leaves a tombstone that tells the
     * phone to remove them, as any delete does; nor the queue of people "who knows" indexes
     * again, a cache that the next search empties; nor the count of changes to the account's name
     * words, which only goes up.
     */
    private static Map<String, Integer> rows() {
        JdbcClient sql = JdbcClient.create(db.dataSource());
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (String table : sql.sql("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
                + " AND name NOT IN ('flyway_schema_history', 'dav_change', 'dav_revision', 'who_stale', 'who_name_revision') ORDER BY name").query(String.class).list()) {
            rows.put(table, sql.sql("SELECT count(*) FROM " + table).query(Integer.class).single());
        }
        return rows;
    }

    private static String text(String resource) {
        try (InputStream in = resource(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        return HostileFilesProperties.class.getClassLoader().getResourceAsStream(name);
    }
}
