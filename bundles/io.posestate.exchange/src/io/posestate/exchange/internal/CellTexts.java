package io.posestate.exchange.internal;

/**
 * Texts of the record being delivered that a reader keeps as UTF-8 bytes (no String): for each, whether it is
 * present, how long it may be, and a copy with doubled quotes unescaped. Texts are numbered as the subclass says.
 */
public abstract class CellTexts {

    private final CsvScanner scanner;
    private final int[] textFields;

    /** @param columns the column index (in the file kind's columns) of each text, in text number order */
    CellTexts(Cells cells, int... columns) {
        this.scanner = cells.scanner();
        this.textFields = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            textFields[i] = cells.field(columns[i]);
        }
    }

    /** Whether the text is present (not empty). */
    public boolean present(int text) {
        int f = textFields[text];
        return f >= 0 && !scanner.isEmpty(f);
    }

    /** At least the length {@link #copy} writes for a present text. */
    public int maxBytes(int text) {
        int f = textFields[text];
        return scanner.end(f) - scanner.start(f);
    }

    /** Copies a present text's UTF-8 bytes (see {@link CsvScanner#copy}); returns the end of the copy. */
    public int copy(int text, byte[] dst, int at) {
        return scanner.copy(textFields[text], dst, at);
    }
}
