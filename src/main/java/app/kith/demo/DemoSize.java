package app.kith.demo;

/**
 * How big a demo network is. Most people are not tracked (a big network is mostly email
 * contacts); the tracked ones sit in the Weekly, Monthly, Quarterly and Yearly circles. At S their
 * rhythms fit the default capacity of 5 a day and the user mostly keeps up; at L and XL they need
 * more than 5 a day and a larger share has fallen behind, as in a real large network.
 */
public enum DemoSize {
    S(500, 10_000, 10, 40, 100, 150, 0.05),
    L(30_000, 1_000_000, 15, 80, 400, 1_500, 0.25),
    XL(100_000, 5_000_000, 20, 120, 800, 4_000, 0.30);

    private final int people;
    private final int touchpoints;
    private final int weekly;
    private final int monthly;
    private final int quarterly;
    private final int yearly;
    private final double behind;

    DemoSize(int people, int touchpoints, int weekly, int monthly, int quarterly, int yearly, double behind) {
        this.people = people;
        this.touchpoints = touchpoints;
        this.weekly = weekly;
        this.monthly = monthly;
        this.quarterly = quarterly;
        this.yearly = yearly;
        this.behind = behind;
    }

    public int people() {
        return people;
    }

    public int touchpoints() {
        return touchpoints;
    }

    /** How many people are tracked at each rhythm (in days) through its circle. */
    int trackedAt(int rhythmDays) {
        return switch (rhythmDays) {
            case Network.WEEKLY -> weekly;
            case Network.MONTHLY -> monthly;
            case Network.QUARTERLY -> quarterly;
            case Network.YEARLY -> yearly;
            default -> 0;
        };
    }

    /** The share of tracked people whose last touch is older than their rhythm. */
    double behind() {
        return behind;
    }
}
