package app.kith;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs every check of a draft or a form to the end, keeping each refusal instead of stopping at
 * the first, so that whoever typed it hears about every wrong field at once. {@link #done} throws
 * them together as one {@link Invalid}.
 */
public final class Checks {

    private final List<Invalid> refused = new ArrayList<>();

    /** The checked value, or null when it was refused (the refusal is kept). */
    public <T> T value(Supplier<T> check) {
        try {
            return check.get();
        } catch (Invalid e) {
            refused.addAll(e.all());
            return null;
        }
    }

    public void run(Runnable check) {
        value(() -> {
            check.run();
            return null;
        });
    }

    /** Keeps a refusal found some other way. */
    public void refuse(String field, String message) {
        refused.add(new Invalid(field, message));
    }

    public boolean refusedAny() {
        return !refused.isEmpty();
    }

    /** Throws every refusal kept, as one Invalid; nothing when all passed. */
    public void done() {
        if (!refused.isEmpty()) {
            throw Invalid.together(refused);
        }
    }
}
