package app.kith.ask;

/**
 * What became of asks: how many were answered yes or no, how many were punted or ignored at
 * some point, how many were dropped and how many are still open. The figure behind "no one ever
 * says no: they ignore you or punt it down the road".
 */
public record AskStats(int asked, int yes, int no, int punted, int ignored, int dropped, int open) {

    /** The share of closed asks that got a real answer. */
    public double answeredShare() {
        int closed = yes + no + dropped;
        return closed == 0 ? 0 : (double) (yes + no) / closed;
    }
}
