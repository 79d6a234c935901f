package app.kith.io;

import app.kith.Invalid;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a CSV file holds which of Kith's fields: the fields there are, the usual names
 * of their columns (compared without case, spaces or punctuation, so "E-mail" is "Email"), and a
 * mapping checked against the file's header before any row is read.
 */
final class CsvMapping {

    /** Kith's fields, each with the column names that usually hold it. */
    static final Map<String, List<String>> FIELDS = fields();

    private CsvMapping() {
    }

    private static Map<String, List<String>> fields() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("name", List.of("name", "full name", "display name", "contact name"));
        f.put("firstName", List.of("first name", "given name", "firstname", "first"));
        f.put("lastName", List.of("last name", "surname", "family name", "lastname", "last"));
        f.put("emails", List.of("email", "e-mail", "email address", "e-mail address", "emails", "mail"));
        f.put("phones", List.of("phone", "mobile", "telephone", "phone number", "mobile phone", "cell", "phones", "tel"));
        f.put("company", List.of("company", "organization", "organisation", "employer", "company name"));
        f.put("role", List.of("title", "job title", "position", "role"));
        f.put("location", List.of("city", "location", "town"));
        f.put("linkedinUrl", List.of("linkedin", "linkedin url", "linkedin profile", "profile", "profile url"));
        f.put("birthday", List.of("birthday", "date of birth", "birth date", "birthdate", "dob"));
        f.put("howWeMet", List.of("how we met", "met", "source"));
        f.put("topics", List.of("topics", "interests"));
        f.put("notes", List.of("notes", "note", "comments"));
        f.put("circles", List.of("tags", "groups", "categories", "labels", "circles"));
        return Collections.unmodifiableMap(f);
    }

    /** Refuses a mapping naming a field Kith does not have. */
    static void checkFields(Map<String, String> mapping) {
        for (String field : mapping.keySet()) {
            if (!FIELDS.containsKey(field)) {
                throw new Invalid("mapping", "Kith has no field \"" + field + "\"; its fields are: "
                        + String.join(", ", FIELDS.keySet()));
            }
        }
    }

    /** A mapping proposed from the header: each field to the first column with one of its usual names. */
    static Map<String, String> guess(List<String> header) {
        Map<String, String> mapping = new LinkedHashMap<>();
        FIELDS.forEach((field, names) -> {
            List<String> wanted = names.stream().map(CsvMapping::key).toList();
            header.stream().filter(c -> wanted.contains(key(c)) && !mapping.containsValue(c)).findFirst()
                    .ifPresent(c -> mapping.put(field, c));
        });
        return mapping;
    }

    /**
     * The mapping to read the file with, its columns spelt as the header spells them: the one
     * given, or the guess when none is. Refused when it names a column the file does not have, or
     * gives no way to call anyone (no name, first or last name, or email).
     */
    static Map<String, String> resolve(Map<String, String> given, List<String> header) {
        Map<String, String> mapping = new LinkedHashMap<>();
        Map<String, String> wanted = given.isEmpty() ? guess(header) : given;
        wanted.forEach((field, column) -> mapping.put(field, column(header, column).orElseThrow(() -> new Invalid(
                "mapping", "the file has no column \"" + column + "\"; its columns are: " + String.join(", ", header)))));
        if (List.of("name", "firstName", "lastName", "emails").stream().noneMatch(mapping::containsKey)) {
            throw new Invalid("mapping", (given.isEmpty() ? "no column looks like a name or an email" : "the mapping"
                    + " has no column for a name or an email") + ": map one (name=Column, firstName=, lastName= or"
                    + " emails=); the file's columns are: " + String.join(", ", header));
        }
        return Collections.unmodifiableMap(mapping);
    }

    private static Optional<String> column(List<String> header, String column) {
        String typed = column == null ? "" : column.strip();
        return header.stream().filter(c -> c.strip().equalsIgnoreCase(typed)).findFirst();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
