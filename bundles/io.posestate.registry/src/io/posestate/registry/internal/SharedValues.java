package io.posestate.registry.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance per distinct value of columns with few distinct values (vendor, model, region, dates...), so that a
 * million rows held in memory until they are sorted and written keep one copy of each value instead of a copy per
 * row (hundreds of MB less live heap during a large import). Remembers at most {@link #LIMIT} values.
 */
final class SharedValues {
    static final int LIMIT = 10_000;

    private final Map<Object, Object> seen = new HashMap<>();

    /** @return the instance first seen equal to {@code value} (or value itself, also when null) */
    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        if (value == null) {
            return null;
        }
        Object first = seen.get(value);
        if (first != null) {
            return (T) first;
        }
        if (seen.size() < LIMIT) {
            seen.put(value, value);
        }
        return value;
    }
}
