package app.kith.web;

import java.util.List;
import java.util.Map;

/**
 * The quick log form: as typed (or fresh), the latest day it allows, what is wrong by field, and
 * when a typed name fits several people, those people to choose from.
 */
public record QuickLogView(String who, Long personId, String channel, String note, String on, String returnTo,
                           String today, Map<String, String> errors, List<Option> choices) {

    static QuickLogView fresh(String today, String returnTo) {
        return new QuickLogView("", null, "message", "", today, returnTo, today, Map.of(), List.of());
    }
}
