package app.kith.web.person;

import java.util.Map;

/**
 * The form that corrects a touchpoint, in its place on the timeline or on a page of its own: the
 * form as typed (or as the touchpoint is), the latest day it allows, what is wrong by field.
 */
public record TouchpointEditView(long personId, String personName, long touchpointId, TouchpointForm form, String today,
                                 Map<String, String> errors) {

    /** The id the form's controls are named by, unique on a timeline. */
    public String prefix() {
        return "tp-" + touchpointId;
    }
}
