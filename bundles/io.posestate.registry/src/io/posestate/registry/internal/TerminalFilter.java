package io.posestate.registry.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.posestate.registry.api.TerminalQuery;
import io.posestate.registry.api.TerminalSort;
import io.posestate.store.Vendor;

/** The WHERE and ORDER BY of a {@link TerminalQuery} over table {@code terminal}, with its parameters. */
final class TerminalFilter {
    private final String where;
    private final List<String> params = new ArrayList<>();
    private final TerminalSort sort;
    private final boolean descending;
    /** Filtered columns put before serial_number in a serial-number sort (see {@link #orderBy}). */
    private final List<String> leading;
    /** The index that starts with {@link #leading}, or null. */
    private final String index;
    private final Vendor vendor;

    TerminalFilter(TerminalQuery q, Vendor vendor) {
        this(q, vendor, null);
    }

    /**
     * @param serials the terminals whose search text contains the query's text, as the in-memory
     *                {@link SearchIndex} found them (replaces the text condition), or null to filter in SQL
     */
    TerminalFilter(TerminalQuery q, Vendor vendor, List<String> serials) {
        this.vendor = vendor;
        List<String> conditions = new ArrayList<>();
        condition(conditions, "state", q.state() == null ? null : q.state().name());
        condition(conditions, "vendor", q.vendor());
        condition(conditions, "model", q.model());
        condition(conditions, "deployed_region", q.region());
        condition(conditions, "merchant_no", q.merchantNo());
        if (serials != null) {
            conditions.add(serials.isEmpty() ? "1 = 0"
                    : "serial_number IN (" + String.join(",", Collections.nCopies(serials.size(), "?")) + ")");
            params.addAll(serials);
        } else if (q.text() != null) {
            conditions.add("search_text LIKE ? ESCAPE '!'");
            params.add("%" + q.text().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_")
                    + "%");
        }
        where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        sort = q.sort();
        descending = q.descending();
        // the most selective filter leads (indexes of the V1 migration)
        if (serials != null) {
            leading = List.of();
            index = null;
        } else if (q.merchantNo() != null) {
            leading = List.of("merchant_no");
            index = "terminal_merchant_idx";
        } else if (q.vendor() != null && q.model() != null) {
            leading = List.of("vendor", "model");
            index = "terminal_vendor_model_idx";
        } else if (q.region() != null) {
            leading = List.of("deployed_region");
            index = "terminal_region_idx";
        } else if (q.vendor() != null) {
            leading = List.of("vendor");
            index = "terminal_vendor_idx";
        } else if (q.state() != null) {
            leading = List.of("state");
            index = "terminal_state_idx";
        } else {
            leading = List.of();
            index = null;
        }
    }

    /**
     * The table to select from. On H2 a serial-number sort names the index of its ORDER BY: H2's planner
     * otherwise may pick the index of a less selective filter and sort all its rows (e.g. state ACTIVE with
     * a region); PostgreSQL's planner weighs the sort itself.
     */
    String from() {
        return vendor == Vendor.H2 && sort == TerminalSort.SERIAL_NUMBER && index != null
                ? "terminal USE INDEX (" + index + ")" : "terminal";
    }

    private void condition(List<String> conditions, String column, String value) {
        if (value != null) {
            conditions.add(column + " = ?");
            params.add(value);
        }
    }

    private static String column(TerminalSort sort) {
        return switch (sort) {
            case SERIAL_NUMBER -> "serial_number";
            case STATE -> "state";
            case VENDOR -> "vendor";
            case MODEL -> "model";
            case REGION -> "deployed_region";
            case MERCHANT_NO -> "merchant_no";
            case ACTIVATED_AT -> "activated_at";
            case UPDATED_AT -> "updated_at";
        };
    }

    String where() {
        return where;
    }

    /**
     * The ORDER BY clause. A serial-number sort also names the most selective filtered column(s) first: they
     * are constant in the result, so the order is the same, but the clause then equals an index
     * ({@code (<filter column>, serial_number)}) and a page is read in index order and stops early instead
     * of sorting every match (H2 needs this; PostgreSQL does it either way).
     *
     * @param alias table alias with dot, e.g. {@code "t."}, or empty
     */
    String orderBy(String alias) {
        String direction = descending ? " DESC" : " ASC";
        String serial = alias + "serial_number" + direction;
        if (sort != TerminalSort.SERIAL_NUMBER) {
            return " ORDER BY " + alias + column(sort) + direction + " NULLS LAST, " + serial;
        }
        StringBuilder order = new StringBuilder(" ORDER BY ");
        for (String column : leading) {
            order.append(alias).append(column).append(direction).append(", ");
        }
        return order.append(serial).toString();
    }

    /** Binds the filter parameters from index 1. @return the next free parameter index */
    int bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (String p : params) {
            ps.setString(i++, p);
        }
        return i;
    }
}
