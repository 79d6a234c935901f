package app.kith.web;

import app.kith.dupes.Duplicate;
import app.kith.dupes.MergeRecord;
import java.util.List;

/** The duplicates page: the likely pairs, the merges that can still be undone, and what just happened. */
public record DuplicatesView(List<Duplicate> pairs, List<MergeRecord> merges, String notice, String error) {
}
