package app.kith.person;

import java.util.List;

/** Someone whose topics match what another person is looking for: those {@code needs}, as that person wrote them. */
public record Knower(long id, String name, List<String> needs) {
}
