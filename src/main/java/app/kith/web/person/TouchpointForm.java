package app.kith.web.person;

import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.TouchpointEdit;
import app.kith.web.Inputs;

/** The log-a-touchpoint form as typed: the date (empty: today), channel, who reached out, a note. */
public record TouchpointForm(String on, String channel, String direction, String note) implements java.io.Serializable {

    NewTouchpoint toNew(long personId) {
        return new NewTouchpoint(personId, Inputs.day("on", on), channel, direction, note);
    }

    /** As a correction: every part replaces what it was (an empty date keeps the day, an empty note clears it). */
    TouchpointEdit toEdit() {
        return new TouchpointEdit(Inputs.day("on", on), channel, direction, note == null ? "" : note);
    }
}
