package io.posestate.registry.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The terminals' free-text search in memory: every terminal's {@code search_text} in serial-number order, joined into
 * one string (a million short texts fit in tens of MB and are scanned by {@link String#indexOf} in tens of
 * milliseconds, where {@code search_text LIKE '%x%'} reads the whole table whenever fewer than a page match). It
 * answers exactly what the LIKE filter answers: the serial numbers whose search text contains the lower-cased needle.
 * The texts are kept as their UTF-8 bytes, one char per byte (ISO-8859-1): a compact one-byte-per-char string that
 * {@code indexOf} scans fastest, half the size of UTF-16 for mostly-ASCII text with some Chinese; a UTF-8 needle
 * matches there exactly where the text contains the needle (UTF-8 is self-synchronizing). Immutable; the registry
 * rebuilds it after changes.
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

    /** Collects the terminals' serial numbers and search texts in serial-number order. */
    static final class Builder {
        private final ByteArrayOutputStream texts = new ByteArrayOutputStream(1 << 20);
        private final StringBuilder serials = new StringBuilder();
        private final IntList textStarts = new IntList();
        private final IntList serialStarts = new IntList();

        void add(String serial, String text) {
            serialStarts.add(serials.length());
            serials.append(serial).append(SEPARATOR);
            textStarts.add(texts.size());
            texts.writeBytes(text.replace(SEPARATOR, ' ').getBytes(StandardCharsets.UTF_8));
            texts.write(SEPARATOR);
        }

        SearchIndex build() {
            textStarts.add(texts.size());
            serialStarts.add(serials.length());
            return new SearchIndex(texts.toString(StandardCharsets.ISO_8859_1), textStarts.toArray(),
                    serials.toString(), serialStarts.toArray());
        }
    }

    /** The number of terminals. */
    int size() {
        return textStarts.length - 1;
    }

    /**
     * The rows (in serial-number order) whose text contains {@code text} (already lower-cased), at most
     * {@code max} of them after skipping {@code skip}.
     */
    int[] rows(String text, long skip, int max) {
        String needle = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
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

    /** How many rows contain {@code text}. */
    long count(String text) {
        return rows(text, 0, Integer.MAX_VALUE).length;
    }

    /** Whether this index can answer for the text (it holds no separator). */
    static boolean answers(String text) {
        return !text.isEmpty() && text.indexOf(SEPARATOR) < 0;
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
