package app.kith.digest;

/** Whether an account gets the morning email, and at which hour of its own day (0 to 23). */
public record DigestSettings(boolean enabled, int hour) {

    public static final int DEFAULT_HOUR = 7;
    public static final DigestSettings OFF = new DigestSettings(false, DEFAULT_HOUR);
}
