package app.kith.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Conflict;
import app.kith.Store;
import app.kith.StoreTest;
import app.kith.demo.Demo;
import app.kith.demo.DemoSize;
import app.kith.io.ImportFormat;
import app.kith.io.ImportOptions;
import app.kith.io.Imports;
import app.kith.message.NewTemplate;
import app.kith.offline.SentOnce;
import app.kith.person.FieldChange;
import app.kith.person.Photo;
import app.kith.reminder.NewKeyDate;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Deleting an account leaves no row of it anywhere. The tables are listed by the store itself, not
 * by this test: a table added later with an account_id is checked at once, and one without it
 * fails here until it is put on the list of tables that hold no account's rows.
 */
class AccountDeletionTest extends StoreTest {

    /** Tables with no account_id, and why none of their rows belongs to an account. */
    private static final Map<String, String> WITHOUT_ACCOUNT_ID = Map.of(
            "account", "the accounts themselves, checked by id",
            "digest_key", "the server's key that signs email links",
            "scheduled_tasks", "the server's recurring jobs, none per account",
            "flyway_schema_history", "the schema's versions",
            "sqlite_sequence", "SQLite's next ids",
            "spring_session", "web sessions, found by their cookie; an account's are deleted by its email",
            "spring_session_attributes", "what a web session holds, deleted with its session",
            "sign_in_attempt", "the sign-in throttle's counts, by hashes of an email and an address, gone in 15 minutes",
            "sign_in_refusal", "the throttle's waits the audit log told of, by hashes of an email, gone with the wait");

    /** SQLite's full-text index of who_doc keeps its rows in these; they go with who_doc's rows. */
    private static final Set<String> FTS_STORAGE = Set.of("who_doc_data", "who_doc_idx", "who_doc_content",
            "who_doc_docsize", "who_doc_config");

    @Test
    void deletingAnAccountLeavesNoRowOfItInAnyTableAndNothingOfAnotherAccountGoes() {
        kith.accounts().create("owner@example.com", "owner's password");
        long a = kith.accounts().create("a@example.com", "a's password").account().id();
        long b = kith.accounts().create("b@example.com", "b's password").account().id();
        fill(a, 1);
        fill(b, 2);
        serverFeatures(a);
        serverFeatures(b);
        webSession("a@example.com");
        webSession("b@example.com");
        Set<String> keyed = tablesWithAccountId();
        Map<String, Integer> ofA = counts(keyed, a);
        Map<String, Integer> ofB = counts(keyed, b);
        assertThat(ofA).as("every table holds rows of A before, so the deletion is tried on each")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());

        kith.accounts().admin().delete(kith.accounts().owner().id(), "a@example.com");

        assertThat(counts(keyed, a)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(counts(keyed, b)).isEqualTo(ofB);
        assertThat(sql().sql("SELECT count(*) FROM account WHERE id = :a").param("a", a).query(Integer.class).single())
                .isZero();
        if (store == Store.SQLITE) {
            assertThat(rows("who_doc_content")).isEqualTo(rows("who_doc"));
        }
        assertThat(sql().sql("SELECT principal_name FROM spring_session").query(String.class).list())
                .as("web sessions left").containsExactly("b@example.com");
        assertThat(rows("spring_session_attributes")).isEqualTo(1);
    }

    /** A signed-in browser's session, as Spring Session writes it: found by cookie, named by email. */
    private void webSession(String email) {
        String id = java.util.UUID.randomUUID().toString();
        sql().sql("""
                INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time,
                    max_inactive_interval, expiry_time, principal_name)
                VALUES (:id, :id, 0, 0, 1800, 1800000, :email)
                """).param("id", id).param("email", email).update();
        sql().sql("""
                INSERT INTO spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)
                VALUES (:id, 'SPRING_SECURITY_CONTEXT', :bytes)
                """).param("id", id).param("bytes", new byte[] {1, 2, 3}).update();
    }

    @Test
    void everyTableEitherHasAnAccountIdThatDeletionClearsOrIsKnownToHoldNoAccountsRows() {
        Set<String> keyed = tablesWithAccountId();
        Set<String> others = new TreeSet<>(allTables());
        others.removeAll(keyed);
        if (store == Store.SQLITE) {
            others.removeAll(FTS_STORAGE);
        }

        assertThat(others).as("tables without account_id; a new one must say why none of its rows is an account's")
                .isSubsetOf(WITHOUT_ACCOUNT_ID.keySet());
        assertThat(AccountDeletion.TABLES).as("every table with account_id is cleared")
                .containsExactlyInAnyOrderElementsOf(keyed);
    }

    @Test
    void theOwnerAndTheLastAdminCannotBeDeleted() {
        kith.accounts().create("owner@example.com", "owner's password");
        kith.accounts().create("a@example.com", "a's password");
        sql().sql("UPDATE account SET is_admin = 1 WHERE email = 'a@example.com'").update();
        kith.accounts().admin().disable(kith.accounts().owner().id(), "owner@example.com");

        assertThatThrownBy(() -> kith.accounts().admin().delete(kith.accounts().owner().id(), "owner@example.com")).isInstanceOf(Conflict.class)
                .hasMessageContaining("owner");
        assertThatThrownBy(() -> kith.accounts().admin().delete(kith.accounts().owner().id(), "a@example.com")).isInstanceOf(Conflict.class)
                .hasMessageContaining("last admin");
        assertThat(rows("account")).isEqualTo(2);
    }

    private void fill(long account, long seed) {
        Account it = kith.accounts().byId(account);
        sql().sql("UPDATE account SET is_admin = 1 WHERE id = :id").param("id", account).update();
        new Demo(kith.circles(), kith.people(), kith.clocks(), kith.touchpoints(), kith.asks(), kith.introductions(), db)
                .fill(it, DemoSize.S, seed, TODAY, Demo.Progress.none());
        kith.who().refresh(account);
        List<Long> people = sql().sql("SELECT id FROM person WHERE account_id = :a AND deleted_at IS NULL ORDER BY id LIMIT 6")
                .param("a", account).query(Long.class).list();
        kith.photos().put(account, people.get(0), new Photo("image/png", new byte[] {1, 2, 3}));
        kith.duplicates().dismiss(account, people.get(0), people.get(1));
        kith.duplicates().merge(account, people.get(2), people.get(3), TODAY);
        kith.profileChanges().record(account, people.get(0), TODAY, "edit", List.of(new FieldChange("role", "Engineer", "CTO")));
        kith.reminders().remind(account, people.get(0), TODAY.plusDays(3), "Call about the move", TODAY);
        kith.keyDates().add(account, new NewKeyDate(people.get(1), "Anniversary", TODAY.minusYears(3), true));
        kith.messages().add(account, new NewTemplate("ask", "Mine", "Could you help with this?"));
        String linkedIn = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Ines,Duarte,https://www.linkedin.com/in/ines-" + seed + ",,Nova,Professor,12 Mar 2024\n";
        kith.imports().apply(account, ImportFormat.LINKEDIN, new ByteArrayInputStream(linkedIn.getBytes(StandardCharsets.UTF_8)),
                new ImportOptions(null), TODAY, Imports.Progress.none());
        kith.accounts().newToken(account, "script");
        kith.appPasswords().create(account, "phone");
        kith.accounts().rememberMe().issue(account);
        kith.accounts().invitations().create(account, 7);
        kith.firstRun().start(account);
        kith.calendarFeed().newLink(account);
        kith.addressBook().put(account, "phone-" + seed + ".vcf",
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Phone Friend\r\nUID:phone-" + seed + "\r\nEND:VCARD\r\n", null, true);
        new SentOnce(sql(), db.transactions(), Clock.fixed(NOW, ZoneOffset.UTC))
                .once(account, "client-" + seed, "touchpoint", () -> 1L);
    }

    /**
     * What a mail server, a calendar server, the morning email's scheduler or an import cut off by a
     * stopped node would leave, written as the store holds it: the deletion cares where the rows
     * are, not how they came.
     */
    private void serverFeatures(long account) {
        long now = NOW.toEpochMilli();
        long person = sql().sql("SELECT min(id) FROM person WHERE account_id = :a").param("a", account)
                .query(Long.class).single();
        // Its lease runs on: no import started after it takes the run back.
        long run = sql().sql("INSERT INTO import_run (account_id, owner, state, lease_until, started_at) "
                        + "VALUES (:a, 'node-1', 'running', " + (now + 86_400_000) + ", " + now + ") RETURNING id")
                .param("a", account).query(Long.class).single();
        sql().sql("INSERT INTO import_undo (account_id, run_id, kind, data) VALUES (:a, :r, 'person', '1')")
                .param("a", account).param("r", run).update();
        run("INSERT INTO mailbox (account_id, host, port, tls, username, password_seal, connected_at) "
                + "VALUES (:a, 'imap.example.com', 993, 1, 'me', 'sealed', " + now + ")", account);
        run("INSERT INTO mailbox_folder (account_id, folder, uid_validity, last_uid) VALUES (:a, 'INBOX', 1, 10)", account);
        run("INSERT INTO mail_ignore (account_id, pattern) VALUES (:a, 'noreply@*')", account);
        sql().sql("INSERT INTO import_pending (account_id, token, file_name, format, content, at) "
                        + "VALUES (:a, 'preview', 'Connections.csv', 'linkedin', :content, " + now + ")")
                .param("a", account).param("content", new byte[] {31, -117}).update();
        sql().sql("INSERT INTO conversations_pending (account_id, token, file_name, content, at) "
                        + "VALUES (:a, 'messages', 'messages.csv', :content, " + now + ")")
                .param("a", account).param("content", new byte[] {31, -117}).update();
        run("INSERT INTO import_job (account_id, id, file_name, applying, stage, done, started_at, updated_at) "
                + "VALUES (:a, 'job-' || :a, 'Connections.csv', 1, 'reading', 0.5, " + now + ", " + now + ")", account);
        run("INSERT INTO mail_correspondent (account_id, address, name, received, sent, last_day) "
                + "VALUES (:a, 'x@example.com', 'X', 1, 0, 20000)", account);
        run("INSERT INTO touchpoint_import_key (account_id, import_key) VALUES (:a, 'mail:<1@example.com>')", account);
        long calendar = sql().sql("INSERT INTO calendar_subscription (account_id, kind, host, url_sealed, created_at) "
                        + "VALUES (:a, 'ical', 'cal.example.com', 'sealed', " + now + ") RETURNING id")
                .param("a", account).query(Long.class).single();
        sql().sql("INSERT INTO calendar_upcoming (account_id, calendar_id, event_key, person_id, starts_at, day, kind) "
                        + "VALUES (:a, :c, 'e1', :p, " + now + ", 20000, 'meeting')")
                .param("a", account).param("c", calendar).param("p", person).update();
        run("INSERT INTO two_factor (account_id, secret_sealed, created_at, enabled_at) VALUES (:a, 'sealed', 1, 1)", account);
        run("INSERT INTO recovery_code (account_id, code_hash) VALUES (:a, 'hash-' || :a)", account);
        trash(account, person, now);
        run("INSERT INTO digest_setting (account_id, enabled, hour) VALUES (:a, 1, 7)", account);
        run("INSERT INTO digest_send (account_id, day, state, claim, claimed_at) VALUES (:a, 20000, 'sent', 'c', " + now + ")",
                account);
    }

    /** What the trash holds of deleted circles, touchpoints, asks, introductions and message starters. */
    private void trash(long account, long person, long now) {
        run("INSERT INTO trash_item (account_id, kind, item_id, label, deleted_at) VALUES (:a, 'circle', 900, 'Old', " + now + ")",
                account);
        run("INSERT INTO trashed_circle (id, account_id, name, name_key, created_at) VALUES (900, :a, 'Old', 'old', 1)", account);
        run("INSERT INTO trashed_circle_member (account_id, circle_id, person_id) VALUES (:a, 900, " + person + ")", account);
        run("INSERT INTO trashed_touchpoint (id, account_id, person_id, day, channel, direction, created_at) "
                + "VALUES (900, :a, " + person + ", 20000, 'email', 'out', 1)", account);
        run("INSERT INTO trashed_ask (id, account_id, person_id, text, channel, asked_day, state, follow_ups, "
                + "last_activity_day, created_at) VALUES (900, :a, " + person + ", 'A favour', 'email', 20000, 'open', 0, 20000, 1)",
                account);
        run("INSERT INTO trashed_ask_event (id, account_id, ask_id, day, kind, created_at) VALUES (900, :a, 900, 20000, 'asked', 1)",
                account);
        run("INSERT INTO trashed_introduction (id, account_id, person_a, person_b, reason, state, proposed_day, created_at) "
                + "VALUES (900, :a, " + person + ", " + person + ", 'Both cook', 'proposed', 20000, 1)", account);
        run("INSERT INTO trashed_introduction_event (id, account_id, introduction_id, day, kind, created_at) "
                + "VALUES (900, :a, 900, 20000, 'proposed', 1)", account);
        run("INSERT INTO trashed_message_template (id, account_id, kind, name, body, created_at) "
                + "VALUES (900, :a, 'ask', 'Old', 'Hi', 1)", account);
    }

    private void run(String statement, long account) {
        sql().sql(statement).param("a", account).update();
    }

    private Set<String> allTables() {
        String query = store == Store.SQLITE ? "SELECT name FROM sqlite_master WHERE type = 'table'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
        return new TreeSet<>(sql().sql(query).query(String.class).list());
    }

    private Set<String> tablesWithAccountId() {
        Set<String> keyed = new TreeSet<>();
        for (String table : allTables()) {
            String columns = store == Store.SQLITE
                    ? "SELECT count(*) FROM pragma_table_info('" + table + "') WHERE name = 'account_id'"
                    : "SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                    + "AND table_name = '" + table + "' AND column_name = 'account_id'";
            if (sql().sql(columns).query(Integer.class).single() > 0) {
                keyed.add(table);
            }
        }
        return keyed;
    }

    private Map<String, Integer> counts(Set<String> tables, long account) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : tables) {
            counts.put(table, sql().sql("SELECT count(*) FROM " + table + " WHERE account_id = :a").param("a", account)
                    .query(Integer.class).single());
        }
        return counts;
    }
}
