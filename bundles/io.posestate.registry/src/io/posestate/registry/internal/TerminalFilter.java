package io.posestate.registry.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.posestate.registry.api.TerminalQuery;
import io.posestate.registry.api.TerminalSort;

/** The WHERE and ORDER BY of a {@link TerminalQuery} over table {@code terminal}, with its parameters. */
final class TerminalFilter {
    private final String where;
    private final List<String> params = new ArrayList<>();
    private final TerminalSort sort;
    private final boolean descending;

    TerminalFilter(TerminalQuery q) {
        List<String> conditions = new ArrayList<>();
        condition(conditions, "state", q.state() == null ? null : q.state().name());
        condition(conditions, "vendor", q.vendor());
        condition(conditions, "model", q.model());
        condition(conditions, "deployed_region", q.region());
        condition(conditions, "merchant_no", q.merchantNo());
        if (q.text() != null) {
            conditions.add("search_text LIKE ? ESCAPE '!'");
            params.add("%" + q.text().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_")
                    + "%");
        }
        where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        sort = q.sort();
        descending = q.descending();
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

    /** @param alias table alias with dot, e.g. {@code "t."}, or empty */
    String orderBy(String alias) {
        String direction = descending ? " DESC" : " ASC";
        String serial = alias + "serial_number" + direction;
        return sort == TerminalSort.SERIAL_NUMBER ? " ORDER BY " + serial
                : " ORDER BY " + alias + column(sort) + direction + " NULLS LAST, " + serial;
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
