package app.kith.audit;

import java.util.Arrays;

/** What an audit event records; its key is what the store, the API and the CLI's JSON carry. */
public enum AuditKind {
    SIGNED_IN("sign-in", "Signed in"),
    SIGN_IN_FAILED("sign-in-failed", "Sign-in refused"),
    SIGNED_OUT("sign-out", "Signed out"),
    PASSWORD_CHANGED("password-changed", "Password changed"),
    TOKEN_CREATED("token-created", "API token made"),
    TOKEN_REVOKED("token-revoked", "API token revoked"),
    TOKEN_USED("token-used", "API token used"),
    APP_PASSWORD_CREATED("app-password-created", "App password made"),
    APP_PASSWORD_REVOKED("app-password-revoked", "App password revoked"),
    APP_PASSWORD_USED("app-password-used", "App password used"),
    CALENDAR_LINK_MADE("calendar-link-made", "Calendar link made"),
    CALENDAR_LINK_OFF("calendar-link-off", "Calendar link turned off"),
    IMPORTED("import", "Import"),
    EXPORTED("export", "Export"),
    MERGED("merge", "Merge"),
    UNMERGED("unmerge", "Merge undone"),
    DELETED("delete", "Delete"),
    RESTORED("restore", "Restore"),
    DELETED_FOR_GOOD("delete-for-good", "Deleted for good"),
    TRASH_EMPTIED("trash-emptied", "Trash emptied"),
    SIGN_IN_THROTTLED("sign-in-throttled", "Sign-in held back"),
    ACCOUNT_DISABLED("account-disabled", "Account disabled"),
    ACCOUNT_ENABLED("account-enabled", "Account enabled"),
    ACCOUNT_DELETED("account-deleted", "Account deleted"),
    INVITATION_MADE("invitation-made", "Invitation made"),
    INVITATION_REVOKED("invitation-revoked", "Invitation revoked"),
    ADMIN_GRANTED("admin-granted", "Admin made"),
    ADMIN_REVOKED("admin-revoked", "Admin removed");

    private final String key;
    private final String label;

    AuditKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    /** How the Activity page names it. */
    public String label() {
        return label;
    }

    /** The label of a kind by its key; a key this Kith does not know is shown as it is. */
    public static String labelOf(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst().map(AuditKind::label).orElse(key);
    }
}
