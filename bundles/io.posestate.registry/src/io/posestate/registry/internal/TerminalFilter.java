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

    TerminalFilter(TerminalQuery q, Vendor vendor) {
        this(q, vendor, null);
    }

    /**
     * @param serials the terminals an in-memory index found: those whose search text contains the query's text
     *                ({@link SearchIndex}; replaces the text condition) or the page itself ({@link FilterIndex}),
     *                or null to filter in SQL
     */
    TerminalFilter(TerminalQuery q, Vendor vendor, List<String> serials) {
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
        // the most selective filter with an index leads: V1's indexes; on H2 only the merchant's (V5), the other
        // filters read the table in serial-number order and stop after the page
        if (serials != null) {
            leading = List.of();
        } else if (q.merchantNo() != null) {
            leading = List.of("merchant_no");
        } else if (vendor == Vendor.H2) {
            leading = List.of();
        } else if (q.vendor() != null && q.model() != null) {
            leading = List.of("vendor", "model");
        } else if (q.region() != null) {
            leading = List.of("deployed_region");
        } else if (q.vendor() != null) {
            leading = List.of("vendor");
        } else if (q.state() != null) {
            leading = List.of("state");
        } else {
            leading = List.of();
        }
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
     * of sorting every match (H2 needs this; PostgreSQL does it either way). On H2 a filter without an index is
     * read in primary-key order: the clause is then the serial number alone.
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
