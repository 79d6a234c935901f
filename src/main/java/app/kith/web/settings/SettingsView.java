package app.kith.web.settings;

import app.kith.account.ApiToken;
import java.util.List;
import java.util.Map;

/**
 * The Settings page: the daily capacity, the time zone, the default rhythm, the share of Today
 * follow-ups may take, the follow-up habits and the name that signs messages as typed (kept when
 * refused), the API tokens, and a token just made — shown once, never again.
 */
public record SettingsView(String email, String capacity, String timeZone, List<String> zones, List<ApiToken> tokens,
                           Map<String, String> errors, boolean saved, String newTokenName, String newTokenSecret,
                           String tokenName, String followUpDays, String followUpsBeforeDrop, String introFollowUpDays,
                           String defaultRhythmDays, String followUpShare, String replyWindowDays, String yourName) {
}
