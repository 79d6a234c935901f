package app.kith.web;

import app.kith.circle.Circle;
import app.kith.circle.Circles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A circle a person can be put in, whether it exists yet or is made on first use (Monthly…), and if they are in it. */
public record CircleChoice(String name, String label, boolean chosen) {

    /**
     * The account's circles and the conventional ones it has not made yet, shortest rhythm first;
     * those whose names are in {@code chosen} (ignoring case) are marked.
     */
    public static List<CircleChoice> of(List<Circle> existing, Collection<String> chosen) {
        Set<String> taken = new HashSet<>();
        List<Circle> all = new ArrayList<>(existing);
        existing.forEach(c -> taken.add(key(c.name())));
        Circles.conventional().forEach((name, days) -> {
            if (!taken.contains(key(name))) {
                all.add(new Circle(0, name, days, 0));
            }
        });
        all.sort(Comparator.comparing((Circle c) -> c.rhythmDays() == null ? Integer.MAX_VALUE : c.rhythmDays())
                .thenComparing(c -> key(c.name())));
        Set<String> chosenKeys = new HashSet<>();
        chosen.forEach(n -> chosenKeys.add(key(n)));
        return all.stream().map(c -> new CircleChoice(c.name(), label(c), chosenKeys.contains(key(c.name())))).toList();
    }

    private static String label(Circle c) {
        return c.name() + (c.rhythmDays() == null ? " · no rhythm" : " · every " + c.rhythmDays() + " days");
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
