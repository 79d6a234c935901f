package app.kith.web.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void aMonthWithoutAFigureBreaksTheLineInsteadOfDrawingZero() {
        Charts.Line line = Charts.shares(Arrays.asList(0.5, null, 1.0, 0.0), List.of("Jan", "Feb", "Mar", "Apr"),
                List.of("a", "b", "c", "d"));

        assertThat(line.segments()).hasSize(2);
        assertThat(line.segments().get(0).split(" ")).hasSize(1);
        assertThat(line.segments().get(1).split(" ")).hasSize(2);
        assertThat(line.dots()).extracting(Charts.Dot::title).containsExactly("a", "c", "d");
    }

    @Test
    void aHigherShareIsDrawnHigherAndEveryLabelFromTheLastBackIsKeptOnAPhone() {
        Charts.Line line = Charts.shares(List.of(0.25, 0.75, 1.0), List.of("Jan", "Feb", "Mar"), List.of("a", "b", "c"));

        assertThat(line.dots().get(1).y()).isLessThan(line.dots().get(0).y());
        assertThat(line.dots().get(2).y()).isEqualTo(line.grid().get(2));
        assertThat(line.xLabels()).extracting(Charts.Label::minor).containsExactly(false, true, false);
    }

    @Test
    void barsShareOneScaleWhoseTopIsARoundNumber() {
        Charts.Bars bars = Charts.grouped(new int[][] {{7, 3}, {0, 14}}, List.of("out", "in"), List.of("A", "B"),
                List.of(List.of("a out", "a in"), List.of("b out", "b in")), 1, 1);

        assertThat(bars.yLabels()).extracting(Charts.Label::text).containsExactly("0", "10", "20");
        assertThat(bars.bars()).extracting(Charts.Bar::kind).containsExactly("out", "in", "out", "in");
        assertThat(bars.bars().get(2).height()).isZero();
        assertThat(bars.bars().get(3).height()).isCloseTo(bars.bars().get(0).height() * 2, offset(0.2));
    }

    @Test
    void niceCeilingsHalveIntoWholeNumbers() {
        assertThat(List.of(1, 2, 3, 5, 7, 11, 41, 61, 734)).extracting(Charts::niceCeiling)
                .containsExactly(2, 2, 4, 6, 10, 20, 60, 100, 1000);
    }

    @Test
    void aPartIsAWidthOutOf100WithASliverForLittleAndNothingForNone() {
        assertThat(Charts.width(1, 1000)).isEqualTo(1);
        assertThat(Charts.width(0, 10)).isZero();
        assertThat(Charts.width(3, 4)).isEqualTo(75);
        assertThat(Charts.width(5, 0)).isZero();
    }
}
