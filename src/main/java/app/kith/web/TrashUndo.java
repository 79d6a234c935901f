package app.kith.web;

import app.kith.trash.Trashed;

/**
 * The offer to undo a delete into the trash: "Deleted: Monthly (12 people). Undo". The Undo
 * restores it and comes back to {@code returnTo}. A page shows it with
 * {@code @template.trash-undo(frame, undo)}.
 */
public record TrashUndo(String kind, long id, String what, String returnTo) implements java.io.Serializable {

    /** The flash attribute a delete hands to the page it redirects to. */
    public static final String FLASH = "trashUndo";

    public static TrashUndo of(Trashed t, String returnTo) {
        return new TrashUndo(t.kind(), t.id(), t.label(), returnTo);
    }
}
