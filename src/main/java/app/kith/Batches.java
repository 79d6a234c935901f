package app.kith;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits id lists for {@code IN (...)}: SQLite caps bound parameters per statement, PostgreSQL at 65535. */
public final class Batches {

    public static final int SIZE = 500;

    private Batches() {
    }

    public static <T> List<List<T>> of(Collection<T> items) {
        List<T> all = new ArrayList<>(items);
        List<List<T>> result = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SIZE) {
            result.add(all.subList(i, Math.min(all.size(), i + SIZE)));
        }
        return result;
    }
}
