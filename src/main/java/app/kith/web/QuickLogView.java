package app.kith.web;

import java.util.List;
import java.util.Map;

/**
 * The quick log form: as typed (or fresh), the latest day it allows, what is wrong by field, and
 * when a typed name fits several people, those people to choose from; {@code remindOn} and
 * {@code remindText} an optional reminder about the same person, set with the touchpoint.
 */
public record QuickLogView(String who, Long personId, String channel, String note, String on, String returnTo,
                           String today, Map<String, String> errors, List<Option> choices, String remindOn,
                           String remindText) {

    static QuickLogView fresh(String today, String returnTo) {
        return new QuickLogView("", null, "message", "", today, returnTo, today, Map.of(), List.of(), "", "");
    }

    /** A reminder typed in, or refused: its part of the form starts open. */
    public boolean reminding() {
        return !remindOn.isBlank() || !remindText.isBlank() || errors.containsKey("remind-on")
                || errors.containsKey("remind-text");
    }
}
