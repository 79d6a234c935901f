package app.kith.person;

import app.kith.Checks;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.search.Who;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** A draft that passed every check, normalised for storage. */
record CleanPerson(
        String name,
        List<String> emails,
        List<String> phones,
        String company,
        String role,
        String location,
        String linkedinUrl,
        String birthday,
        String howWeMet,
        List<String> topics,
        Why why,
        String notes,
        Integer ownRhythmDays,
        List<String> circles,
        LocalDate startedOn,
        List<String> lookingFor) {

    static final int MAX_NAME = 200;
    static final int MAX_SHORT = 200;
    static final int MAX_LIST = 20;
    static final int MAX_TOPICS = 50;
    static final int MAX_TOPIC = 60;
    static final int MAX_HOW_WE_MET = 2_000;
    static final int MAX_NOTES = 100_000;

    private static final Pattern PHONE = Pattern.compile("[0-9+()\\-. /x]{3,40}");
    private static final Pattern BIRTHDAY_FULL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern BIRTHDAY_NO_YEAR = Pattern.compile("--\\d{2}-\\d{2}");

    /**
     * Checks every field of a draft and says which are wrong, all of them at once; nothing is
     * written before this passes.
     */
    static CleanPerson of(PersonDraft d) {
        Checks c = new Checks();
        CleanPerson clean = new CleanPerson(
                c.value(() -> Fields.required("name", d.name(), MAX_NAME)),
                c.value(() -> emails(d.emails())),
                c.value(() -> phones(d.phones())),
                c.value(() -> Fields.optional("company", d.company(), MAX_SHORT)),
                c.value(() -> Fields.optional("role", d.role(), MAX_SHORT)),
                c.value(() -> Fields.optional("location", d.location(), MAX_SHORT)),
                c.value(() -> linkedin(d.linkedinUrl())),
                c.value(() -> birthday(d.birthday())),
                c.value(() -> Fields.optional("howWeMet", d.howWeMet(), MAX_HOW_WE_MET)),
                c.value(() -> topics("topics", d.topics())),
                c.value(() -> Why.parse("why", d.why())),
                c.value(() -> Fields.optional("notes", d.notes(), MAX_NOTES)),
                c.value(() -> Fields.rhythm("rhythmDays", d.rhythmDays())),
                d.circles(),
                c.value(() -> Fields.day("startedOn", d.startedOn())),
                c.value(() -> topics("lookingFor", d.lookingFor())));
        c.done();
        return clean;
    }

    /**
     * What a search reads words from (the who-knows engine's {@code find}, besides its full text):
     * lower case, the words kept apart with spaces ({@link Who#spaced}), the fields with " | ".
     */
    String searchText() {
        List<String> parts = new ArrayList<>();
        parts.add(name);
        if (company != null) {
            parts.add(company);
        }
        if (role != null) {
            parts.add(role);
        }
        if (location != null) {
            parts.add(location);
        }
        parts.addAll(emails);
        parts.addAll(topics);
        return Who.spaced(String.join(" | ", parts));
    }

    static List<String> emails(List<String> raw) {
        if (raw.size() > MAX_LIST) {
            throw new Invalid("emails", "at most " + MAX_LIST + " emails");
        }
        return raw.stream().filter(e -> e != null && !e.isBlank()).map(e -> Fields.email("emails", e)).distinct().toList();
    }

    static List<String> phones(List<String> raw) {
        if (raw.size() > MAX_LIST) {
            throw new Invalid("phones", "at most " + MAX_LIST + " phone numbers");
        }
        List<String> result = new ArrayList<>();
        for (String p : raw) {
            String phone = Fields.optional("phones", p, 40);
            if (phone == null) {
                continue;
            }
            if (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 3) {
                throw new Invalid("phones", "\"" + phone + "\" is not a phone number");
            }
            if (!result.contains(phone)) {
                result.add(phone);
            }
        }
        return result;
    }

    static List<String> topics(String field, List<String> raw) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String t : raw) {
            String topic = Fields.optional(field, t, MAX_TOPIC);
            if (topic != null) {
                byKey.putIfAbsent(topic.toLowerCase(Locale.ROOT), topic);
            }
        }
        if (byKey.size() > MAX_TOPICS) {
            throw new Invalid(field, "at most " + MAX_TOPICS + " topics");
        }
        return List.copyOf(byKey.values());
    }

    /** Accepts what people paste: with or without https://, with or without www. */
    static String linkedin(String raw) {
        String url = Fields.optional("linkedinUrl", raw, 500);
        if (url == null) {
            return null;
        }
        String withScheme = url.matches("(?i)https?://.*") ? url : "https://" + url;
        try {
            URI uri = new URI(withScheme);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (!host.equals("linkedin.com") && !host.endsWith(".linkedin.com")) {
                throw new Invalid("linkedinUrl", "\"" + url + "\" is not a LinkedIn address (linkedin.com/in/…)");
            }
            return "https://" + host + (uri.getRawPath() == null ? "" : uri.getRawPath());
        } catch (URISyntaxException e) {
            throw new Invalid("linkedinUrl", "\"" + url + "\" is not a valid address");
        }
    }

    /** YYYY-MM-DD, or --MM-DD when the year is unknown. */
    static String birthday(String raw) {
        String value = Fields.optional("birthday", raw, 10);
        if (value == null) {
            return null;
        }
        try {
            if (BIRTHDAY_FULL.matcher(value).matches()) {
                LocalDate date = LocalDate.parse(value);
                if (date.isBefore(LocalDate.of(1900, 1, 1))) {
                    throw new Invalid("birthday", "birthday " + value + " is before 1900");
                }
                return date.toString();
            }
            if (BIRTHDAY_NO_YEAR.matcher(value).matches()) {
                return MonthDay.parse(value).toString();
            }
        } catch (DateTimeException e) {
            // falls through to the message below
        }
        throw new Invalid("birthday", "birthday must be YYYY-MM-DD or --MM-DD (no year), not \"" + value + "\"");
    }
}
