package app.kith.web.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The page's charts as coordinates in their SVG {@code viewBox}, worked out here so that the
 * templates only place them (no script, no inline style: the page's CSP forbids both). A label
 * marked {@code minor} is hidden on a narrow screen, where every label would collide.
 */
public final class Charts {

    static final int WIDTH = 600;
    static final int HEIGHT = 200;
    private static final int LEFT = 56;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 30;

    private Charts() {
    }

    /** A label along an axis: where it goes and what it says. */
    public record Label(double x, double y, String text, boolean minor) {
    }

    /** A dot on the line, with the figure it stands for (its tooltip). */
    public record Dot(double x, double y, String title) {
    }

    /** A line with gaps where there is no figure: each segment is an SVG {@code points} list. */
    public record Line(List<String> segments, List<Dot> dots, List<Label> xLabels, List<Label> yLabels, List<Double> grid) {
    }

    /** One bar of a group: its box and the figure it stands for. */
    public record Bar(double x, double y, double width, double height, String kind, String title) {
    }

    public record Bars(List<Bar> bars, List<Label> xLabels, List<Label> yLabels, List<Double> grid, double baseline) {
    }

    /** Shares from 0 to 1 (null: none that month) along {@code labels}, 0 % to 100 % up the side. */
    static Line shares(List<Double> shares, List<String> labels, List<String> titles) {
        int n = shares.size();
        List<String> segments = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        List<Label> xLabels = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double x = x(i, n);
            // Every other label on a narrow screen, counted from the last, which is always shown.
            xLabels.add(new Label(x, HEIGHT - 8, labels.get(i), (n - 1 - i) % 2 == 1));
            Double share = shares.get(i);
            if (share == null) {
                flush(segment, segments);
                continue;
            }
            double y = y(share, 1);
            segment.append(segment.isEmpty() ? "" : " ").append(num(x)).append(',').append(num(y));
            dots.add(new Dot(round(x), round(y), titles.get(i)));
        }
        flush(segment, segments);
        List<Label> yLabels = new ArrayList<>();
        List<Double> grid = new ArrayList<>();
        for (int pct : new int[] {0, 50, 100}) {
            double y = y(pct / 100.0, 1);
            grid.add(round(y));
            yLabels.add(new Label(LEFT - 6, round(y + 4), pct + " %", false));
        }
        return new Line(segments, dots, xLabels, yLabels, grid);
    }

    /**
     * Groups of bars side by side, one group per label; {@code values[group][bar]}, with a kind per
     * bar. Every {@code labelled}th group is labelled, every {@code narrow}th of those on a narrow screen too.
     */
    static Bars grouped(int[][] values, List<String> kinds, List<String> labels, List<List<String>> titles, int labelled,
                        int narrow) {
        int groups = values.length;
        int max = 1;
        for (int[] group : values) {
            for (int v : group) {
                max = Math.max(max, v);
            }
        }
        int top = niceCeiling(max);
        double slot = (double) (WIDTH - LEFT - RIGHT) / groups;
        double barWidth = slot * 0.8 / kinds.size();
        List<Bar> bars = new ArrayList<>();
        List<Label> xLabels = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            double start = LEFT + g * slot + slot * 0.1;
            for (int b = 0; b < kinds.size(); b++) {
                double y = y(values[g][b], top);
                bars.add(new Bar(round(start + b * barWidth), round(y), round(barWidth - 1), round(y(0, top) - y),
                        kinds.get(b), titles.get(g).get(b)));
            }
            if (g % labelled == 0) {
                xLabels.add(new Label(round(LEFT + (g + 0.5) * slot), HEIGHT - 8, labels.get(g), g % narrow != 0));
            }
        }
        List<Label> yLabels = new ArrayList<>();
        List<Double> grid = new ArrayList<>();
        for (int v : new int[] {0, top / 2, top}) {
            double y = y(v, top);
            grid.add(round(y));
            yLabels.add(new Label(LEFT - 6, round(y + 4), String.valueOf(v), false));
        }
        return new Bars(bars, xLabels, yLabels, grid, round(y(0, top)));
    }

    /** A small line in a 100 × 24 box, for a row (drawn stretched, so only its shape matters). */
    static String sparkline(List<Double> shares) {
        StringBuilder points = new StringBuilder();
        int n = shares.size();
        for (int i = 0; i < n; i++) {
            Double share = shares.get(i);
            if (share != null) {
                points.append(points.isEmpty() ? "" : " ").append(num(n == 1 ? 50 : 100.0 * i / (n - 1)))
                        .append(',').append(num(22 - 20 * share));
            }
        }
        return points.toString();
    }

    /** A part of a whole as a width out of 100, at least a sliver when it is not nothing. */
    static double width(double part, double whole) {
        if (whole <= 0 || part <= 0) {
            return 0;
        }
        return Math.max(1, round(Math.min(100, 100 * part / whole)));
    }

    /** 1, 2, 5, 10, 20, 50… the first at or above {@code max}, and even so it halves into a whole number. */
    static int niceCeiling(int max) {
        int step = 1;
        while (true) {
            for (int m : new int[] {2, 4, 6, 10}) {
                if (step * m >= max) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }

    private static void flush(StringBuilder segment, List<String> segments) {
        if (!segment.isEmpty()) {
            segments.add(segment.toString());
            segment.setLength(0);
        }
    }

    private static double x(int i, int n) {
        double plot = WIDTH - LEFT - RIGHT - 20;
        return LEFT + 10 + (n == 1 ? plot / 2 : plot * i / (n - 1));
    }

    private static double y(double value, double top) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
