package io.posestate.lifecycle.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.posestate.lifecycle.spi.Handover;

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
    /** Messages handed to the messenger by this step (their receipts are looked up once the step is stored). */
    final List<Handover> messages = new ArrayList<>();
    boolean close;

    Effects value(String name, String value) {
        values.put(name, value);
        return this;
    }

    Effects write(Write w) {
        writes.add(w);
        return this;
    }

    /** Records a message handed over to the merchant with the case. */
    Effects message(String recipient, Handover h) {
        messages.add(h);
        return write((c, id) -> CaseStore.addMessage(c, id, recipient, h));
    }
}
