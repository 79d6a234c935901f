package app.kith.web;

import app.kith.touchpoint.NewTouchpoint;

/** The log-a-touchpoint form as typed: the date (empty: today), channel, who reached out, a note. */
public record TouchpointForm(String on, String channel, String direction, String note) {

    NewTouchpoint toNew(long personId) {
        return new NewTouchpoint(personId, Inputs.day("on", on), channel, direction, note);
    }
}
