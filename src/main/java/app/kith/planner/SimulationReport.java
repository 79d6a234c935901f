package app.kith.planner;

import java.util.List;

/** What {@code kith simulate} found: each scenario, Kith's planner against the naive list under the same user. */
public record SimulationReport(int capacity, int days, double activeShare, List<Scenario> scenarios) {

    /** One scenario: who is in the network and what happens to it during the year. */
    public record Scenario(String name, String description, int people, Outcome kith, Outcome naive,
                           Outcome kithExisting, Outcome naiveExisting) {
    }

    /**
     * How a planner did over the year. {@code inRhythmShare}: contacts made within the person's
     * rhythm + 25% since the previous one; {@code timeInRhythm}: the share of person-days within
     * it; {@code largestList}: the longest list shown on one day; {@code emptyDays}: days with
     * nothing on the list.
     */
    public record Outcome(String planner, int contacts, int inRhythm, double inRhythmShare, double timeInRhythm,
                          int largestList, double meanList, int emptyDays, int neverContacted) {
    }
}
