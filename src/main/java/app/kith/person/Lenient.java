package app.kith.person;

import app.kith.Fields;
import app.kith.Invalid;
import app.kith.circle.Circles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A draft with the values Kith would refuse left out, and what was left out and why: for a contacts
 * file, where one bad email or birthday must not cost the person their row. The name is kept as it
 * is (a person without one is no person); everything else is checked the way {@link People#add}
 * checks it, one value at a time.
 */
public record Lenient(PersonDraft draft, List<Dropped> dropped) {

    /** A value left out: Kith's field ({@code emails}, {@code birthday}…), the value as given, why in words. */
    public record Dropped(String field, String value, String why) {
    }

    public static Lenient of(PersonDraft d) {
        List<Dropped> dropped = new ArrayList<>();
        PersonDraft kept = new PersonDraft(d.name(),
                each("emails", d.emails(), CleanPerson.MAX_LIST, v -> CleanPerson.emails(List.of(v)).get(0),
                        v -> v.strip().length() > 254 ? longer(254) : "is not an email address", dropped),
                each("phones", d.phones(), CleanPerson.MAX_LIST, v -> CleanPerson.phones(List.of(v)).get(0),
                        v -> v.strip().length() > 40 ? longer(40) : "is not a phone number", dropped),
                text("company", d.company(), CleanPerson.MAX_SHORT, dropped),
                text("role", d.role(), CleanPerson.MAX_SHORT, dropped),
                text("location", d.location(), CleanPerson.MAX_SHORT, dropped),
                one("linkedinUrl", d.linkedinUrl(), CleanPerson::linkedin,
                        v -> v.strip().length() > 500 ? longer(500) : "is not a LinkedIn address", dropped),
                one("birthday", d.birthday(), CleanPerson::birthday, Lenient::notABirthday, dropped),
                text("howWeMet", d.howWeMet(), CleanPerson.MAX_HOW_WE_MET, dropped),
                topics("topics", d.topics(), dropped),
                one("why", d.why(), v -> Why.parse("why", v).key(), v -> "is not awesome, connector or both", dropped),
                text("notes", d.notes(), CleanPerson.MAX_NOTES, dropped),
                rhythm(d.rhythmDays(), dropped),
                each("circles", d.circles(), Integer.MAX_VALUE, v -> Fields.required("circles", v, Circles.MAX_NAME),
                        v -> v.strip().length() > Circles.MAX_NAME ? longer(Circles.MAX_NAME) : "has control characters",
                        dropped),
                startedOn(d, dropped),
                topics("lookingFor", d.lookingFor(), dropped));
        return new Lenient(kept, List.copyOf(dropped));
    }

    private static String text(String field, String value, int max, List<Dropped> dropped) {
        return one(field, value, v -> Fields.optional(field, v, max),
                v -> v.strip().length() > max ? longer(max) : "has control characters", dropped);
    }

    private static String one(String field, String value, UnaryOperator<String> check, Function<String, String> why,
                              List<Dropped> dropped) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            check.apply(value);
            return value;
        } catch (Invalid e) {
            dropped.add(new Dropped(field, value, why.apply(value)));
            return null;
        }
    }

    /** The values that pass, up to {@code max} of them; the rest left out, each said. */
    private static List<String> each(String field, List<String> values, int max, UnaryOperator<String> check,
                                     Function<String, String> why, List<Dropped> dropped) {
        List<String> kept = new ArrayList<>();
        for (String v : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            if (one(field, v, check, why, dropped) == null) {
                continue;
            }
            if (kept.size() < max) {
                kept.add(v);
            } else {
                dropped.add(new Dropped(field, v, "is one more than the " + max + " Kith keeps"));
            }
        }
        return kept;
    }

    private static List<String> topics(String field, List<String> values, List<Dropped> dropped) {
        return each(field, values, CleanPerson.MAX_TOPICS, v -> CleanPerson.topics(field, List.of(v)).get(0),
                v -> v.strip().length() > CleanPerson.MAX_TOPIC ? longer(CleanPerson.MAX_TOPIC) : "has control characters",
                dropped);
    }

    private static Integer rhythm(Integer days, List<Dropped> dropped) {
        try {
            return Fields.rhythm("rhythmDays", days);
        } catch (Invalid e) {
            dropped.add(new Dropped("rhythmDays", String.valueOf(days), "is not a rhythm of 1 to 3650 days"));
            return null;
        }
    }

    private static java.time.LocalDate startedOn(PersonDraft d, List<Dropped> dropped) {
        try {
            return Fields.day("startedOn", d.startedOn());
        } catch (Invalid e) {
            dropped.add(new Dropped("startedOn", d.startedOn().toString(), "is not between " + Fields.FIRST_DAY + " and "
                    + Fields.LAST_DAY));
            return null;
        }
    }

    private static String notABirthday(String value) {
        String v = value.strip();
        return v.matches("\\d{4}-\\d{2}-\\d{2}") && v.compareTo("1900") < 0 ? "is before 1900" : "is not a date";
    }

    private static String longer(int max) {
        return "is longer than " + String.format(java.util.Locale.ROOT, "%,d", max) + " characters";
    }
}
