package io.posestate.registry.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.posestate.registry.api.TerminalQuery;
import io.posestate.registry.api.TerminalSort;

/**
 * State, vendor, model and region of every terminal in serial-number order, in memory: each column as one code per
 * terminal, the codes numbering the column's distinct values in their order (a missing value last). A filtered page
 * scans the codes (a few milliseconds for a million terminals, however rare the values) where H2 without indexes on
 * these columns would read the table up to the end; it answers what the SQL filter answers: the same rows in the same
 * order ({@code ORDER BY column NULLS LAST, serial_number} in one direction). Immutable; the registry rebuilds it
 * after changes.
 */
final class FilterIndex {
    /** The indexed columns, in the order of {@link Builder#add}. */
    enum Column {
        STATE, VENDOR, MODEL, REGION
    }

    /** Per column: its distinct values in order. */
    private final String[][] values;
    /** Per column: the code of each row (an index into {@link #values}, or its length for a missing value). */
    private final int[][] codes;
    private final int size;

    private FilterIndex(String[][] values, int[][] codes, int size) {
        this.values = values;
        this.codes = codes;
        this.size = size;
    }

    /** Collects the rows in serial-number order. */
    static final class Builder {
        private final List<Map<String, Integer>> found = new ArrayList<>();
        private final List<int[]> codes = new ArrayList<>();
        private int size;

        Builder() {
            for (int i = 0; i < Column.values().length; i++) {
                found.add(new HashMap<>());
                codes.add(new int[1024]);
            }
        }

        void add(String state, String vendor, String model, String region) {
            String[] row = {state, vendor, model, region};
            for (int col = 0; col < row.length; col++) {
                int[] column = codes.get(col);
                if (size == column.length) {
                    codes.set(col, column = Arrays.copyOf(column, size * 2));
                }
                Map<String, Integer> seen = found.get(col);
                // first-seen numbers, renumbered in value order by build(); -1 for a missing value
                column[size] = row[col] == null ? -1 : seen.computeIfAbsent(row[col], v -> seen.size());
            }
            size++;
        }

        FilterIndex build() {
            int columns = Column.values().length;
            String[][] values = new String[columns][];
            int[][] coded = new int[columns][];
            for (int col = 0; col < columns; col++) {
                Map<String, Integer> seen = found.get(col);
                values[col] = seen.keySet().stream().sorted().toArray(String[]::new);
                int[] renumber = new int[seen.size()];
                for (int code = 0; code < values[col].length; code++) {
                    renumber[seen.get(values[col][code])] = code;
                }
                int[] column = Arrays.copyOf(codes.get(col), size);
                for (int row = 0; row < size; row++) {
                    column[row] = column[row] < 0 ? values[col].length : renumber[column[row]];
                }
                coded[col] = column;
            }
            return new FilterIndex(values, coded, size);
        }
    }

    /** Whether the index answers the query: no merchant or text filter, sorted by serial or an indexed column. */
    static boolean answers(TerminalQuery q) {
        return q.merchantNo() == null && q.text() == null && (q.sort() == TerminalSort.SERIAL_NUMBER
                || sortColumn(q.sort()) != null);
    }

    private static Column sortColumn(TerminalSort sort) {
        return switch (sort) {
            case STATE -> Column.STATE;
            case VENDOR -> Column.VENDOR;
            case MODEL -> Column.MODEL;
            case REGION -> Column.REGION;
            default -> null;
        };
    }

    /** The number of terminals. */
    int size() {
        return size;
    }

    /** The number of terminals per value of a column ("" for a missing value). */
    Map<String, Long> groups(Column column) {
        String[] names = values[column.ordinal()];
        long[] perCode = new long[names.length + 1];
        for (int code : codes[column.ordinal()]) {
            perCode[code]++;
        }
        Map<String, Long> counts = new TreeMap<>();
        for (int code = 0; code <= names.length; code++) {
            if (perCode[code] > 0) {
                counts.merge(code == names.length ? "" : names[code], perCode[code], Long::sum);
            }
        }
        return counts;
    }

    /** How many rows match the query's filters. */
    long count(TerminalQuery q) {
        Match match = match(q);
        long n = 0;
        for (int row = 0; row < size; row++) {
            if (match.test(row)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The rows (numbered in serial-number order) of the query's page in its order: at most {@code max} matching
     * rows after skipping {@code skip}.
     */
    int[] rows(TerminalQuery q, long skip, int max) {
        Match match = match(q);
        Column sorted = sortColumn(q.sort());
        boolean descending = q.descending();
        List<Integer> found = new ArrayList<>();
        if (sorted == null) {
            collect(match, -1, null, descending, skip, max, found);
            return toArray(found);
        }
        // by the column's codes (a missing value last in either direction), each code's rows in serial order
        int[] column = codes[sorted.ordinal()];
        int missing = values[sorted.ordinal()].length;
        long[] perCode = new long[missing + 1];
        for (int row = 0; row < size; row++) {
            if (match.test(row)) {
                perCode[column[row]]++;
            }
        }
        long toSkip = skip;
        for (int i = 0; i <= missing && found.size() < max; i++) {
            int code = i == missing ? missing : descending ? missing - 1 - i : i;
            if (toSkip >= perCode[code]) {
                toSkip -= perCode[code];
                continue;
            }
            collect(match, code, column, descending, toSkip, max, found);
            toSkip = 0;
        }
        return toArray(found);
    }

    /** Adds matching rows (of {@code code} in {@code column} unless it is null) after skipping some, up to max. */
    private void collect(Match match, int code, int[] column, boolean descending, long skip, int max,
            List<Integer> found) {
        long skipped = 0;
        for (int i = 0; i < size && found.size() < max; i++) {
            int row = descending ? size - 1 - i : i;
            if ((column == null || column[row] == code) && match.test(row)) {
                if (skipped < skip) {
                    skipped++;
                } else {
                    found.add(row);
                }
            }
        }
    }

    private static int[] toArray(List<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The query's filters as wanted codes; a value the column does not hold matches nothing. */
    private Match match(TerminalQuery q) {
        String[] wanted = {q.state() == null ? null : q.state().name(), q.vendor(), q.model(), q.region()};
        List<int[]> columns = new ArrayList<>();
        List<Integer> want = new ArrayList<>();
        for (int col = 0; col < wanted.length; col++) {
            if (wanted[col] != null) {
                int code = Arrays.binarySearch(values[col], wanted[col]);
                columns.add(codes[col]);
                want.add(code < 0 ? Integer.MIN_VALUE : code);
            }
        }
        return new Match(columns.toArray(int[][]::new), want.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Rows whose codes equal the wanted ones. */
    private record Match(int[][] columns, int[] want) {
        boolean test(int row) {
            for (int i = 0; i < columns.length; i++) {
                if (columns[i][row] != want[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
