package app.kith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Carries record events from one feature to another, synchronously and inside the publisher's
 * transaction, so an effect (a touchpoint resets a person's clock) commits or rolls back with its
 * cause. The same bus serves the CLI and the server.
 */
public final class Events {

    private final Map<Class<?>, List<Consumer<Object>>> listeners = new ConcurrentHashMap<>();

    public <T> void on(Class<T> type, Consumer<? super T> listener) {
        listeners.computeIfAbsent(type, t -> new ArrayList<>()).add(event -> listener.accept(type.cast(event)));
    }

    public void publish(Object event) {
        for (Consumer<Object> listener : listeners.getOrDefault(event.getClass(), List.of())) {
            listener.accept(event);
        }
    }
}
