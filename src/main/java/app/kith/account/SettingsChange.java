package app.kith.account;

import java.util.Optional;

/**
 * Settings to change; a null part stays as it is. The two that may be unset are cleared by an
 * empty {@code defaultRhythmDays} (new people get no rhythm) and an empty {@code yourName}.
 */
public record SettingsChange(Integer capacity, String timeZone, Integer followUpDays, Integer followUpsBeforeDrop,
                             Integer introFollowUpDays, Optional<Integer> defaultRhythmDays, Integer followUpShare,
                             Integer replyWindowDays, String yourName) {

    public SettingsChange(Integer capacity, String timeZone, Integer followUpDays, Integer followUpsBeforeDrop,
                          Integer introFollowUpDays) {
        this(capacity, timeZone, followUpDays, followUpsBeforeDrop, introFollowUpDays, null, null, null, null);
    }

    /** Only the default rhythm: null means none. */
    public static SettingsChange defaultRhythm(Integer days) {
        return new SettingsChange(null, null, null, null, null, Optional.ofNullable(days), null, null, null);
    }

    public static SettingsChange followUpShare(int percent) {
        return new SettingsChange(null, null, null, null, null, null, percent, null, null);
    }

    public static SettingsChange replyWindow(int days) {
        return new SettingsChange(null, null, null, null, null, null, null, days, null);
    }

    /** Only your name: null or blank clears it. */
    public static SettingsChange yourName(String name) {
        return new SettingsChange(null, null, null, null, null, null, null, null, name == null ? "" : name);
    }

    /** Everything as it is in these settings: putting them back whole. */
    public static SettingsChange of(Settings s) {
        return new SettingsChange(s.capacity(), s.timeZone().getId(), s.followUpDays(), s.followUpsBeforeDrop(),
                s.introFollowUpDays(), Optional.ofNullable(s.defaultRhythmDays()), s.followUpShare(),
                s.replyWindowDays(), s.yourName() == null ? "" : s.yourName());
    }
}
