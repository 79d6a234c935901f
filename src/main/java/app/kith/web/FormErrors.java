package app.kith.web;

import app.kith.Invalid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A refusal, as the message under the form field it is about. The features name fields as the API
 * does ({@code rhythmDays}); a form shows that message in words ("Rhythm must be…") next to its
 * own control. A refusal about no field of the form is shown above it, under {@link #FORM}.
 */
public final class FormErrors {

    public static final String FORM = "form";

    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("name", "Name"), Map.entry("emails", "Email"), Map.entry("phones", "Phone"),
            Map.entry("company", "Company"), Map.entry("role", "Role"), Map.entry("location", "Location"),
            Map.entry("linkedinUrl", "LinkedIn address"), Map.entry("birthday", "Birthday"),
            Map.entry("howWeMet", "How we met"), Map.entry("topics", "Topic"), Map.entry("why", "Why they matter"),
            Map.entry("notes", "Notes"), Map.entry("rhythmDays", "Rhythm"), Map.entry("circles", "Circle"),
            Map.entry("on", "Date"), Map.entry("channel", "Channel"), Map.entry("direction", "Who reached out"),
            Map.entry("note", "Note"), Map.entry("lastTouchOn", "The date"), Map.entry("capacity", "Capacity"),
            Map.entry("followUpDays", "The days before an ask comes back"),
            Map.entry("followUpsBeforeDrop", "The follow-ups before dropping"),
            Map.entry("introFollowUpDays", "The days before checking on an introduction"), Map.entry("text", "Text"),
            Map.entry("defaultRhythmDays", "The default rhythm"), Map.entry("followUpShare", "The share of follow-ups"),
            Map.entry("replyWindowDays", "The days a reply stays on Today"),
            Map.entry("lookingFor", "Looking for"), Map.entry("reason", "Reason"), Map.entry("yourName", "Your name"));

    private FormErrors() {
    }

    /**
     * Every error of a refusal (see {@link Invalid#all}) by form field, the first for each field;
     * {@code formFieldOf} gives the form's control for each field the features may name (identity
     * where they agree).
     */
    public static Map<String, String> of(Invalid refusal, Map<String, String> formFieldOf) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Invalid one : refusal.all()) {
            errors.putIfAbsent(formFieldOf.getOrDefault(one.field(), FORM), inWords(one.field(), one.getMessage()));
        }
        return errors;
    }

    /** The same, each field the control of its own name. */
    public static Map<String, String> of(Invalid refusal) {
        Map<String, String> errors = new LinkedHashMap<>();
        refusal.all().forEach(one -> errors.putIfAbsent(one.field(), inWords(one.field(), one.getMessage())));
        return errors;
    }

    public static String inWords(String field, String message) {
        String noun = NOUNS.get(field);
        String text = noun != null && message.startsWith(field + " ") ? noun + message.substring(field.length()) : message;
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
