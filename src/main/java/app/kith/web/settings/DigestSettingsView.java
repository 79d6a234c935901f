package app.kith.web.settings;

import java.util.List;

/**
 * Settings' "Morning email" section: on or off, the hour, whether Kith can send mail at all, the
 * last email sent and the last failure in words ({@code failure}, null: none), and what the last
 * action said ({@code notice}, or {@code error} when it was refused).
 */
public record DigestSettingsView(boolean enabled, int hour, List<Hour> hours, boolean mailConfigured, String email,
                                 String timeZone, String lastSent, String failure, String notice, String error) {

    /** An hour to choose: 7 shown as "07:00". */
    public record Hour(int value, String label) {
    }
}
