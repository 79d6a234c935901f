package app.kith.demo;

import java.time.LocalDate;

/** What a demo run wrote: counts, and the day the data was made for. */
public record DemoSummary(DemoSize size, long seed, LocalDate today, int people, long touchpoints, int circles,
                          int asks, int introductions) {
}
