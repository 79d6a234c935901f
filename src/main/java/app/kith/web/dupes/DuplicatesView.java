package app.kith.web.dupes;

import java.util.List;

/**
 * The duplicates page: the likely pairs, the merges that can still be undone, the merge just made
 * (with its undo, or null), the pair just said to be two people (its undo, or null), and what just
 * happened in words.
 */
public record DuplicatesView(List<PairView> pairs, List<MergeRow> merges, MergeRow merged, DismissedView dismissed,
                             String notice, String error) {

    /** A merge that can be undone: "Ada L. into Ada Lovelace", what moved, when. */
    public record MergeRow(long id, long keptId, String keptName, String mergedName, String moved, String day) {
    }
}
