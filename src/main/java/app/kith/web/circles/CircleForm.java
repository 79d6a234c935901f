package app.kith.web.circles;

import java.util.Map;

/** A circle's form as typed (the rhythm as text, so "abc" comes back as typed), and what is wrong with it, by field. */
public record CircleForm(String name, String rhythmDays, Map<String, String> errors) {

    static CircleForm empty() {
        return new CircleForm("", "", Map.of());
    }
}
