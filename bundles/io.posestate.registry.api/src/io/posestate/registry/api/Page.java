package io.posestate.registry.api;

import java.util.List;

/**
 * One page of a filtered list.
 *
 * @param items   the rows of this page, at most {@code limit}
 * @param hasMore whether rows follow this page
 */
public record Page<T>(List<T> items, int offset, int limit, boolean hasMore) {
    public Page {
        items = List.copyOf(items);
    }
}
