package app.kith.web.settings;

import java.util.List;

/** A page of the audit log; {@code older} is the cursor of the next page (null: none), {@code paged} whether this is not the first. */
public record ActivityView(List<Row> rows, Long older, boolean paged) {

    /** One event: when (in the account's zone), what, its detail, and from where ("" when not over the network). */
    public record Row(String when, String what, String detail, String from) {
    }
}
