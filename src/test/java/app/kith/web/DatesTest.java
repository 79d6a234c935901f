package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void nearDaysHaveNames() {
        assertThat(Dates.relative(TODAY, TODAY)).isEqualTo("today");
        assertThat(Dates.relative(TODAY.plusDays(1), TODAY)).isEqualTo("tomorrow");
        assertThat(Dates.relative(TODAY.minusDays(1), TODAY)).isEqualTo("yesterday");
    }

    @Test
    void furtherDaysAreCountedInTheUnitAPersonWouldUse() {
        assertThat(Dates.relative(TODAY.plusDays(5), TODAY)).isEqualTo("in 5 days");
        assertThat(Dates.relative(TODAY.minusDays(59), TODAY)).isEqualTo("59 days ago");
        assertThat(Dates.relative(TODAY.minusDays(60), TODAY)).isEqualTo("2 months ago");
        assertThat(Dates.relative(TODAY.plusDays(450), TODAY)).isEqualTo("in 15 months");
        assertThat(Dates.relative(TODAY.minusDays(800), TODAY)).isEqualTo("2 years ago");
        assertThat(Dates.span(1)).isEqualTo("1 day");
        assertThat(Dates.span(365 * 3 + 10)).isEqualTo("3 years");
    }

    @Test
    void aDateIsWrittenOutWithItsWeekday() {
        assertThat(Dates.date(TODAY)).isEqualTo("Mon 2 Mar 2026");
        assertThat(Dates.heading(TODAY)).isEqualTo("Monday 2 March 2026");
        assertThat(Dates.weekday(TODAY)).isEqualTo("Monday 2 March");
        assertThat(Dates.weekday(null)).isEmpty();
    }

    @Test
    void aDayInAListSaysItsYearOnlyWhenItIsNotThisYears() {
        assertThat(Dates.day(TODAY.plusDays(3), TODAY)).isEqualTo("5 Mar");
        assertThat(Dates.day(TODAY.minusYears(1), TODAY)).isEqualTo("2 Mar 2025");
        assertThat(Dates.month(TODAY)).isEqualTo("Mar 2026");
    }

    @Test
    void aBirthdayIsWrittenWithItsYearWhenItHasOne() {
        assertThat(Dates.birthday("1815-12-10")).isEqualTo("10 December 1815");
        assertThat(Dates.birthday("--12-10")).isEqualTo("10 December");
        assertThat(Dates.birthday(null)).isNull();
    }
}
