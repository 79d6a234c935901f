package app.kith.web.today;

import java.util.Map;

/**
 * The first-run checklist on Today: how many people there are and how many are marked awesome or
 * a connector, the time zone and capacity (and whether they were set), the step that is the
 * obvious next action ({@code import}, {@code why}, {@code zone}, {@code capacity} or
 * {@code today}), and a refused setting by field.
 */
public record FirstRunView(int people, int marked, String timeZone, boolean timeZoneSet, int capacity,
                           boolean capacitySet, String next, Map<String, String> errors) {

    public boolean hasPeople() {
        return people > 0;
    }

    public String peopleInWords() {
        return people == 1 ? "1 person" : people + " people";
    }
}
