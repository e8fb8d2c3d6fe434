package org.parcelwatch.projections;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A projection's rules by event type, each applied to a store of the projection's rows: the processor's handlers
 * apply them to the stored rows, a rebuild's fold to an aggregate's rows in memory. One list of rules for both, so
 * that a rebuilt register cannot drift from the live one.
 *
 * @param <S> where the rules find and change the rows
 */
public final class EventRules<S> {

    private final Map<Class<?>, BiConsumer<S, Object>> rules = new HashMap<>();

    /** The rule for events of {@code type} (a record: its exact class). */
    public <E> EventRules<S> on(Class<E> type, BiConsumer<S, ? super E> rule) {
        rules.put(type, (store, event) -> rule.accept(store, type.cast(event)));
        return this;
    }

    /** Whether a rule takes {@code event}. */
    public boolean handles(Object event) {
        return rules.containsKey(event.getClass());
    }

    /** Applies the rule for {@code event} to {@code store}; an event no rule takes changes nothing. */
    public void apply(S store, Object event) {
        BiConsumer<S, Object> rule = rules.get(event.getClass());
        if (rule != null) {
            rule.accept(store, event);
        }
    }
}
