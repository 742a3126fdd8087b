package io.posestate.registry.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The terminals' free-text search in memory: every terminal's {@code search_text} in serial-number order, joined into
 * one string (a million short texts fit in tens of MB and are scanned by {@link String#indexOf} in tens of
 * milliseconds, where {@code search_text LIKE '%x%'} reads the whole table whenever fewer than a page match). It
 * answers exactly what the LIKE filter answers: the serial numbers whose search text contains the lower-cased needle.
 * Immutable; the registry rebuilds it after changes.
 */
final class SearchIndex {
    /** Separates the texts (and the serials) in the joined strings; no search text contains it. */
    private static final char SEPARATOR = '\u0000';

    private final String texts;
    /** Where each row's text starts in {@link #texts}, ascending, with one extra entry past the end. */
    private final int[] textStarts;
    private final String serials;
    private final int[] serialStarts;

    private SearchIndex(String texts, int[] textStarts, String serials, int[] serialStarts) {
        this.texts = texts;
        this.textStarts = textStarts;
        this.serials = serials;
        this.serialStarts = serialStarts;
    }

    /** Reads every terminal's serial number and search text. */
    static SearchIndex build(Connection c) throws SQLException {
        StringBuilder texts = new StringBuilder();
        StringBuilder serials = new StringBuilder();
        IntList textStarts = new IntList();
        IntList serialStarts = new IntList();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT serial_number, search_text FROM terminal ORDER BY serial_number")) {
            ps.setFetchSize(10_000); // PostgreSQL streams the rows only with a fetch size (and autocommit off)
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    serialStarts.add(serials.length());
                    serials.append(rs.getString(1)).append(SEPARATOR);
                    textStarts.add(texts.length());
                    texts.append(rs.getString(2).replace(SEPARATOR, ' ')).append(SEPARATOR);
                }
            }
        }
        textStarts.add(texts.length());
        serialStarts.add(serials.length());
        return new SearchIndex(texts.toString(), textStarts.toArray(), serials.toString(), serialStarts.toArray());
    }

    /** The number of terminals. */
    int size() {
        return textStarts.length - 1;
    }

    /**
     * The rows (in serial-number order) whose text contains {@code needle} (already lower-cased), at most
     * {@code max} of them after skipping {@code skip}.
     */
    int[] rows(String needle, long skip, int max) {
        IntList found = new IntList();
        long skipped = 0;
        int from = 0;
        while (found.size() < max) {
            int at = texts.indexOf(needle, from);
            if (at < 0) {
                break;
            }
            int row = row(at);
            if (skipped < skip) {
                skipped++;
            } else {
                found.add(row);
            }
            from = textStarts[row + 1]; // one hit per row
        }
        return found.toArray();
    }

    /** How many rows contain {@code needle}. */
    long count(String needle) {
        return rows(needle, 0, Integer.MAX_VALUE).length;
    }

    /** Whether this index can answer for the needle (it holds no separator). */
    static boolean answers(String needle) {
        return !needle.isEmpty() && needle.indexOf(SEPARATOR) < 0;
    }

    String serial(int row) {
        return serials.substring(serialStarts[row], serialStarts[row + 1] - 1);
    }

    List<String> serials(int[] rows) {
        List<String> keys = new ArrayList<>(rows.length);
        for (int row : rows) {
            keys.add(serial(row));
        }
        return keys;
    }

    private int row(int position) {
        int i = Arrays.binarySearch(textStarts, position);
        return i >= 0 ? i : -i - 2;
    }

    /** A growable int array (a million boxed Integers would cost 16 MB more). */
    private static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
