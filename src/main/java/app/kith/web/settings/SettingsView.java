package app.kith.web.settings;

import java.util.List;
import java.util.Map;

/**
 * The Settings page: the daily capacity, the time zone, the default rhythm, the share of Today
 * follow-ups may take, the follow-up habits and the name that signs messages as typed (kept when
 * refused), the API tokens, and a token just made — shown once, never again.
 */
public record SettingsView(String email, String capacity, String timeZone, List<String> zones, List<TokenRow> tokens,
                           Map<String, String> errors, boolean saved, String newTokenName, String newTokenSecret,
                           TokenForm tokenForm, String followUpDays, String followUpsBeforeDrop, String introFollowUpDays,
                           String defaultRhythmDays, String followUpShare, String replyWindowDays, String yourName) {

    /** A token as the table shows it: its scope, and when it ends ("never", "31 Mar 2027", "expired …"). */
    public record TokenRow(long id, String name, String scope, String made, String ends, boolean expired,
                           String lastUsed) {
    }

    /** The new-token form as typed: name, scope (read or write) and when it ends (blank: never). */
    public record TokenForm(String name, String scope, String expires) {

        static final TokenForm EMPTY = new TokenForm("", "write", "");
    }
}
