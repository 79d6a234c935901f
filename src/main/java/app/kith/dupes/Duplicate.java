package app.kith.dupes;

import app.kith.person.Person;
import java.util.List;

/**
 * Two people of an account who are likely one, {@code a} the one added first, with the reasons in
 * words ("same email ada@example.com", "close names: Jon Smith / John Smith").
 */
public record Duplicate(Person a, Person b, List<String> reasons) {
}
