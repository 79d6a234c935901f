package app.kith.ask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AskSimulationTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void nudgesBringTheAnsweredShareAboveEightyPercentWhereNoFollowUpStaysUnderHalf(long seed) {
        AskSimulation.Report report = new AskSimulation(5, seed).run();

        assertThat(report.kith().answeredShare()).isGreaterThan(0.8);
        assertThat(report.noFollowUp().answeredShare()).isLessThan(0.5);
        assertThat(report.kith().asked()).isEqualTo(report.noFollowUp().asked()).isGreaterThan(500);
        assertThat(report.noFollowUp().followUps()).isZero();
    }

    @Test
    void kithNeverFollowsUpMoreThanTheSuggestedTimesBeforeDropping() {
        AskSimulation.Report report = new AskSimulation(5, 1).run();

        assertThat(report.kith().followUps()).isLessThanOrEqualTo(2 * report.kith().asked());
        assertThat(report.kith().dropped()).isPositive();
    }

    @Test
    void theSameSeedGivesTheSameYear() {
        assertThat(new AskSimulation(5, 9).run()).isEqualTo(new AskSimulation(5, 9).run());
    }
}
