package app.kith.account;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Removes every row of an account, table by table, children before their parents. The tables the
 * search and contact-sync triggers fill come after everything whose deletion fires them, and the
 * account row last. A test lists the store's own tables and fails when one with an account_id is
 * missing here.
 */
final class AccountDeletion {

    static final List<String> TABLES = List.of(
            "calendar_upcoming", "calendar_subscription", "circle_member", "touchpoint_import_key",
            "ask_event", "introduction_event", "ask", "introduction", "touchpoint",
            "person_change", "person_merge", "not_duplicate", "person_photo", "person_email", "person_phone",
            "person_topic", "person_need", "reminder", "key_date", "person", "circle",
            "import_undo", "import_run", "import_pending", "import_job", "conversations_pending", "message_template",
            "api_token", "app_password", "remember_me", "invitation", "two_factor", "recovery_code", "first_run",
            "digest_setting", "digest_send", "sent_once", "calendar_link",
            "mailbox_folder", "mail_ignore", "mail_correspondent", "mailbox",
            "trash_item", "trashed_circle_member", "trashed_circle", "trashed_touchpoint", "trashed_ask_event",
            "trashed_ask", "trashed_introduction_event", "trashed_introduction", "trashed_message_template",
            "who_name", "who_name_revision", "who_doc", "who_stale", "dav_card", "dav_change", "dav_revision", "audit_event");

    private final JdbcClient jdbc;

    AccountDeletion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs inside the caller's transaction: all of it or nothing. */
    void delete(long accountId) {
        for (String table : TABLES) {
            jdbc.sql("DELETE FROM " + table + " WHERE account_id = :account").param("account", accountId).update();
        }
        // Web sessions are found by their cookie and name their account only by its email (Spring
        // Session's principal name); the account's go with it, so none outlives it on any node.
        jdbc.sql("""
                DELETE FROM spring_session_attributes WHERE session_primary_id IN (
                    SELECT primary_id FROM spring_session
                    WHERE principal_name = (SELECT email FROM account WHERE id = :account))
                """).param("account", accountId).update();
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = (SELECT email FROM account WHERE id = :account)")
                .param("account", accountId).update();
        jdbc.sql("DELETE FROM account WHERE id = :account").param("account", accountId).update();
    }
}
