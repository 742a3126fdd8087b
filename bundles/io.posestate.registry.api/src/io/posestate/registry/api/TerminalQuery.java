package io.posestate.registry.api;

import io.posestate.model.TerminalState;

/**
 * Filters and paging of a terminal list. Absent (null) filters match everything; all given filters must
 * match. {@code text} matches case-insensitively anywhere in serial number, vendor, model and merchant name.
 * Use {@link #all()} and the {@code with...} methods to build one.
 *
 * @param offset first row of the page (0-based)
 * @param limit  page size, 1..10000
 */
public record TerminalQuery(TerminalState state, String vendor, String model, String region, String merchantNo,
        String text, int offset, int limit, TerminalSort sort, boolean descending) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 10_000;

    public TerminalQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        if (sort == null) {
            sort = TerminalSort.SERIAL_NUMBER;
        }
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** All terminals, first page of {@value #DEFAULT_LIMIT}, by serial number. */
    public static TerminalQuery all() {
        return new TerminalQuery(null, null, null, null, null, null, 0, DEFAULT_LIMIT, TerminalSort.SERIAL_NUMBER,
                false);
    }

    public TerminalQuery withState(TerminalState s) {
        return new TerminalQuery(s, vendor, model, region, merchantNo, text, offset, limit, sort, descending);
    }

    public TerminalQuery withVendor(String v) {
        return new TerminalQuery(state, v, model, region, merchantNo, text, offset, limit, sort, descending);
    }

    public TerminalQuery withModel(String m) {
        return new TerminalQuery(state, vendor, m, region, merchantNo, text, offset, limit, sort, descending);
    }

    public TerminalQuery withRegion(String r) {
        return new TerminalQuery(state, vendor, model, r, merchantNo, text, offset, limit, sort, descending);
    }

    public TerminalQuery withMerchantNo(String m) {
        return new TerminalQuery(state, vendor, model, region, m, text, offset, limit, sort, descending);
    }

    public TerminalQuery withText(String t) {
        return new TerminalQuery(state, vendor, model, region, merchantNo, t, offset, limit, sort, descending);
    }

    public TerminalQuery withPage(int newOffset, int newLimit) {
        return new TerminalQuery(state, vendor, model, region, merchantNo, text, newOffset, newLimit, sort,
                descending);
    }

    public TerminalQuery withSort(TerminalSort s, boolean desc) {
        return new TerminalQuery(state, vendor, model, region, merchantNo, text, offset, limit, s, desc);
    }

    /** The following page of the same filters. */
    public TerminalQuery next() {
        return withPage(offset + limit, limit);
    }
}
