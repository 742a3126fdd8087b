package io.posestate.lifecycle.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a step does to the case tables, prepared before the case transaction (files read, terminal states changed)
 * and written inside it, so that a refused step writes nothing.
 */
final class Effects {
    /** Work on the case tables inside the case transaction. */
    @FunctionalInterface
    interface Write {
        void apply(Connection c, long caseId) throws SQLException;
    }

    final Map<String, String> values = new LinkedHashMap<>();
    final List<Write> writes = new ArrayList<>();
    boolean close;

    Effects value(String name, String value) {
        values.put(name, value);
        return this;
    }

    Effects write(Write w) {
        writes.add(w);
        return this;
    }
}
