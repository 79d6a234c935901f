package app.kith.cli;

import java.util.Arrays;
import java.util.Locale;

/** Measured durations, summarised the way the benchmark reports them: percentiles in milliseconds. */
record Timings(long[] sortedNanos) {

    static Timings of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Timings(sorted);
    }

    /** The nearest-rank percentile, in milliseconds. */
    double percentile(double p) {
        int rank = (int) Math.ceil(p / 100 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    double median() {
        return percentile(50);
    }

    double min() {
        return sortedNanos[0] / 1e6;
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.1f ms", millis);
    }
}
