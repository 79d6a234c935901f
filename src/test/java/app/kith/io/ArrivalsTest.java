package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.person.FirstDue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The first due days of imported people: spread over their first rhythm, whatever their number. */
class ArrivalsTest {

    private static List<Integer> days(int count, int rhythm) {
        FirstDue spread = Arrivals.from(0);
        return IntStream.range(0, count).mapToObj(i -> spread.daysAfter(i, rhythm)).toList();
    }

    @Test
    void thirtyMonthlyPeopleArriveAboutOneADayOverTheMonth() {
        List<Integer> days = days(30, 30);

        assertThat(days).allMatch(d -> d >= 1 && d <= 30);
        assertThat(days.stream().distinct().count()).isGreaterThanOrEqualTo(28);
        assertThat(days.stream().filter(d -> d <= 10).count()).as("a third in the first third").isBetween(9L, 11L);
    }

    @Test
    void theFirstFewAreAlreadySpreadOverTheWholeRhythm() {
        assertThat(days(4, 90)).containsExactly(1, 46, 23, 68);
        assertThat(days(8, 365).stream().sorted().toList()).satisfies(sorted -> {
            List<Integer> gaps = new ArrayList<>();
            for (int i = 1; i < sorted.size(); i++) {
                gaps.add(sorted.get(i) - sorted.get(i - 1));
            }
            assertThat(gaps).allMatch(g -> g >= 45 && g <= 46);
        });
    }

    @Test
    void eightHundredMonthlyPeopleArriveTwentySixToTwentyEightADay() {
        List<Integer> days = days(800, 30);

        for (int day = 1; day <= 30; day++) {
            int on = day;
            assertThat(days.stream().filter(d -> d == on).count()).as("day " + day).isBetween(26L, 28L);
        }
    }

    @Test
    void aChunkGoesOnWhereTheLastOneStopped() {
        FirstDue whole = Arrivals.from(0);
        FirstDue secondChunk = Arrivals.from(2_000);

        for (int i = 0; i < 50; i++) {
            assertThat(secondChunk.daysAfter(i, 30)).isEqualTo(whole.daysAfter(2_000 + i, 30));
        }
    }
}
