package app.kith.planner;

import java.util.List;

/**
 * What {@code kith simulate} found: each scenario, Kith's planner against the naive list under the
 * same user, and the same network with follow-ups flowing in, with and without their cap.
 */
public record SimulationReport(int capacity, int days, double activeShare, List<Scenario> scenarios,
                               FollowUps followUps) {

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

    /** The follow-up scenario: Kith's rule (follow-ups capped at their share) against follow-ups first. */
    public record FollowUps(String description, FollowUpOutcome capped, FollowUpOutcome first) {
    }

    /**
     * How a rule did over the year. {@code rhythmShare}: on the days when people were due by their
     * rhythm, the share of the list's slots they got; {@code timeInRhythm}: the share of person-days within the rhythm
     * (+25%); {@code followUpsDone} and the mean days they waited on Today; {@code repliesExpired}:
     * replies owed that left the reply window unanswered.
     */
    public record FollowUpOutcome(String planner, double rhythmShare, double timeInRhythm, int followUpsDone,
                                  double meanWait, int repliesExpired) {
    }
}
