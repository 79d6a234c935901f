package app.kith.person;

/** A rhythm as people say it: weekly, monthly, every 45 days. */
public final class Rhythms {

    private Rhythms() {
    }

    /** The rhythm in words; null (not tracked) reads "no rhythm". */
    public static String inWords(Integer days) {
        if (days == null) {
            return "no rhythm";
        }
        return switch (days) {
            case 1 -> "daily";
            case 7 -> "weekly";
            case 14 -> "fortnightly";
            case 30, 31 -> "monthly";
            case 90, 91, 92 -> "quarterly";
            case 182, 183 -> "twice a year";
            case 365, 366 -> "yearly";
            default -> "every " + days + " days";
        };
    }
}
