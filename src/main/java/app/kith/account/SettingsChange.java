package app.kith.account;

/** Settings to change; a null part stays as it is. */
public record SettingsChange(Integer capacity, String timeZone, Integer followUpDays, Integer followUpsBeforeDrop,
                             Integer introFollowUpDays) {
}
