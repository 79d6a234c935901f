package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DaysTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void nearDaysHaveNames() {
        assertThat(Days.relative(TODAY, TODAY)).isEqualTo("today");
        assertThat(Days.relative(TODAY.plusDays(1), TODAY)).isEqualTo("tomorrow");
        assertThat(Days.relative(TODAY.minusDays(1), TODAY)).isEqualTo("yesterday");
    }

    @Test
    void furtherDaysAreCountedInTheUnitAPersonWouldUse() {
        assertThat(Days.relative(TODAY.plusDays(5), TODAY)).isEqualTo("in 5 days");
        assertThat(Days.relative(TODAY.minusDays(59), TODAY)).isEqualTo("59 days ago");
        assertThat(Days.relative(TODAY.minusDays(60), TODAY)).isEqualTo("2 months ago");
        assertThat(Days.relative(TODAY.plusDays(450), TODAY)).isEqualTo("in 15 months");
        assertThat(Days.relative(TODAY.minusDays(800), TODAY)).isEqualTo("2 years ago");
        assertThat(Days.span(1)).isEqualTo("1 day");
        assertThat(Days.span(365 * 3 + 10)).isEqualTo("3 years");
    }

    @Test
    void aDateIsWrittenOutWithItsWeekday() {
        assertThat(Days.date(TODAY)).isEqualTo("Mon 2 Mar 2026");
    }
}
