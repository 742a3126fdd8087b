package io.posestate.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.function.Consumer;

import io.posestate.exchange.ConnectionType;
import io.posestate.exchange.Reject;
import io.posestate.exchange.RowHandler;
import io.posestate.exchange.TerminalRow;
import io.posestate.exchange.TerminalState;

/**
 * A valid terminals.csv record as numbers and byte ranges, read without making a String or java.time object (the
 * audit's registry load; {@link #row()} builds the full row when needed). One instance is refilled per record: it
 * is valid only while the record is being delivered.
 */
public final class TerminalFields extends CellTexts {

    /** {@link #merchantNumber} when merchant_no is absent. */
    public static final long NO_MERCHANT = -1;
    /** {@link #deployedRegion} when absent. */
    public static final int NO_REGION = -1;
    /** {@link #activatedDay} when activated_at is absent. */
    public static final long NO_DATE = Values.NOT_A_DATE;

    /** The texts kept as they are (see {@link CellTexts}). */
    public static final int VENDOR = 0;
    public static final int MODEL = 1;
    public static final int FIRMWARE = 2;

    private final Cells cells;
    private final CsvScanner scanner;
    private final RowParsers.TerminalColumns columns;
    private final int serialField;
    private final int merchantNoField;

    public ConnectionType connection;
    public TerminalState state;
    /** The 15-digit merchant_no as a number, or {@link #NO_MERCHANT}. */
    public long merchantNumber;
    /** deployed_region as a number, or {@link #NO_REGION}. */
    public int deployedRegion;
    /** activated_at in days since 1970-01-01, or {@link #NO_DATE}. */
    public long activatedDay;

    TerminalFields(Cells cells, RowParsers.TerminalColumns columns) {
        super(cells, columns.vendor, columns.model, columns.firmware);
        this.cells = cells;
        this.scanner = cells.scanner();
        this.columns = columns;
        this.serialField = cells.field(columns.serialNumber);
        this.merchantNoField = cells.field(columns.merchantNo);
    }

    /**
     * Reads terminals.csv from a stream (not closed here) as {@link RowParsers#TERMINALS} does, delivering each
     * valid record as fields (one instance, refilled) with its origin and each invalid one as a reject.
     *
     * @return the number of data records (valid and rejected)
     */
    public static long read(InputStream in, String fileName, RowHandler<TerminalFields> rows,
            Consumer<Reject> rejects) throws IOException {
        return new EstateReader<>(RowParsers.TERMINAL_FIELDS, fileName).read(in, rows, rejects);
    }

    /** The buffer holding the record (valid during delivery). */
    public byte[] buffer() {
        return scanner.buffer();
    }

    /** serial_number (letters, digits, '-': never escaped) is {@code buffer()[serialStart(), serialEnd())}. */
    public int serialStart() {
        return scanner.start(serialField);
    }

    public int serialEnd() {
        return scanner.end(serialField);
    }

    /** merchant_no (digits: never escaped) is {@code buffer()[merchantNoStart(), merchantNoEnd())} when present. */
    public int merchantNoStart() {
        return scanner.start(merchantNoField);
    }

    public int merchantNoEnd() {
        return scanner.end(merchantNoField);
    }

    /** The record is {@code buffer()[recordStart(), recordEnd())}, as in the file. */
    int recordStart() {
        return scanner.recordStart();
    }

    int recordEnd() {
        return scanner.recordEnd();
    }

    /** The full row (Strings and the date made now). */
    public TerminalRow row() {
        Cells c = cells;
        RowParsers.TerminalColumns k = columns;
        return new TerminalRow(c.text(k.serialNumber), c.text(k.vendor), c.text(k.model), connection,
                c.text(k.firmware), c.text(k.merchantNo), state, c.text(k.deployedRegion),
                activatedDay == NO_DATE ? null : LocalDate.ofEpochDay(activatedDay));
    }
}
