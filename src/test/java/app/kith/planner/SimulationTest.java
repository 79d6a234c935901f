package app.kith.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimulationTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void kithKeepsTheListAtCapacityAndMatchesOrBeatsTheNaiveListOnContactsInRhythm(long seed) {
        SimulationReport report = new Simulation(5, seed).run();
        SimulationReport.Scenario network = scenario(report, "network");

        assertThat(network.kith().largestList()).isLessThanOrEqualTo(5);
        assertThat(network.kith().inRhythmShare()).isGreaterThanOrEqualTo(network.naive().inRhythmShare());
        // The holiday is what the naive list turns into an avalanche.
        assertThat(network.naive().largestList()).isGreaterThan(5);
    }

    @Test
    void anImportOfEightHundredNeverFloodsTheListAndKeepsTheExistingNetworkInRhythmBetter() {
        SimulationReport.Scenario imported = scenario(new Simulation(5, 1).run(), "import");

        assertThat(imported.people()).isEqualTo(950);
        assertThat(imported.kith().largestList()).isLessThanOrEqualTo(5);
        assertThat(imported.naive().largestList()).isGreaterThanOrEqualTo(800);
        assertThat(imported.kithExisting().inRhythmShare()).isGreaterThan(imported.naiveExisting().inRhythmShare());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void withFollowUpsFlowingInTheirCapKeepsTheRhythmsShareOfTodayAndItsPeopleInRhythm(long seed) {
        SimulationReport.FollowUps followUps = new Simulation(5, seed).run().followUps();
        SimulationReport.FollowUpOutcome capped = followUps.capped();
        SimulationReport.FollowUpOutcome first = followUps.first();

        assertThat(capped.rhythmShare()).isGreaterThan(0.55).isGreaterThan(first.rhythmShare() + 0.05);
        assertThat(capped.timeInRhythm()).isGreaterThan(0.9).isGreaterThan(first.timeInRhythm() + 0.05);
        assertThat(capped.followUpsDone()).isGreaterThan(400);
        // The price, said plainly: follow-ups wait longer, and some replies leave their window.
        assertThat(capped.meanWait()).isGreaterThan(first.meanWait());
    }

    @Test
    void theSameSeedGivesTheSameYear() {
        assertThat(new Simulation(5, 7).run()).isEqualTo(new Simulation(5, 7).run());
    }

    @Test
    void theUserIsAwayForTwoWeeksAndActiveOnAboutEightyPercentOfTheOtherDays() {
        boolean[] active = Simulation.activeDays(1);
        int activeDays = 0;
        for (int d = 0; d < active.length; d++) {
            if (d >= Simulation.HOLIDAY_START && d < Simulation.HOLIDAY_START + Simulation.HOLIDAY_DAYS) {
                assertThat(active[d]).isFalse();
            } else if (active[d]) {
                activeDays++;
            }
        }
        double share = (double) activeDays / (active.length - Simulation.HOLIDAY_DAYS);
        assertThat(share).isBetween(0.74, 0.86);
    }

    private static SimulationReport.Scenario scenario(SimulationReport report, String name) {
        List<SimulationReport.Scenario> matching = report.scenarios().stream().filter(s -> s.name().equals(name)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }
}
