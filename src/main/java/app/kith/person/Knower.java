package app.kith.person;

import java.util.List;

/**
 * Someone whose topics meet what another person is looking for: those {@code needs}, as that
 * person wrote them, and for each the topic that meets it ({@code topics}, in the same order): the
 * need itself when they are the same, else the knower's own words ("data engineering" for "a
 * data engineering job").
 */
public record Knower(long id, String name, List<String> needs, List<String> topics) {
}
