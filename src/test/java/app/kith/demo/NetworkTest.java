package app.kith.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NetworkTest {

    @Test
    void theTouchpointsAreSplitExactlyAndEveryoneWithAWeightGetsTheirLastTouch() {
        double[] weights = {0, 3.5, 0.01, 120, 0, 7, 7, 0.2};

        int[] counts = Network.allocate(1_000, weights);

        assertThat(Arrays.stream(counts).sum()).isEqualTo(1_000);
        for (int i = 0; i < weights.length; i++) {
            assertThat(counts[i] > 0).as("person %d", i).isEqualTo(weights[i] > 0);
        }
        assertThat(counts[3]).isGreaterThan(counts[5]);
    }

    @Test
    void trackedPeopleAreNeverTouchedOnOrAfterTheDemoDay() {
        LocalDate today = LocalDate.of(2026, 3, 2);
        Network network = Network.of(DemoSize.S, new SplittableRandom(3), today);

        assertThat(network.plans()).allSatisfy(plan -> {
            assertThat(plan.lastDay()).isLessThan((int) today.toEpochDay());
            assertThat(plan.firstDay()).isLessThanOrEqualTo(plan.lastDay());
        });
        assertThat(network.plans().stream().mapToInt(Network.Plan::touches).sum()).isEqualTo(DemoSize.S.touchpoints());
    }
}
