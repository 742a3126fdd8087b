package io.posestate.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

import io.posestate.exchange.Cvm;
import io.posestate.exchange.EntryMode;
import io.posestate.exchange.Reject;
import io.posestate.exchange.RowOrigin;
import io.posestate.exchange.Scheme;
import io.posestate.exchange.TransactionRow;
import io.posestate.exchange.TxnResult;

/**
 * A valid transactions.csv record as numbers and byte ranges, read without making a String or java.time object
 * (the streaming audit's hot path; {@link #row()} builds the full row when needed). One instance is refilled per
 * record: it is valid only while the record is being delivered.
 */
public final class TransactionFields {

    /** {@link #locationRegion} when absent. */
    public static final int NO_REGION = -1;

    private final CsvScanner scanner;
    private final Cells cells;
    private final int txnIdField;
    private final int serialField;
    private final int signatureRefField;
    private final DateTimes time = new DateTimes();
    private final RowParsers.TransactionColumns columns;

    public long epochSecond;
    public int nano;
    public int offsetSeconds;
    /** The date in the transaction's own offset, in days since 1970-01-01. */
    public long localDay;
    /** The 15-digit merchant_no as a number. */
    public long merchantNumber;
    /** location_region as a number, or {@link #NO_REGION}. */
    public int locationRegion;
    public long amountCents;
    public Scheme scheme;
    public EntryMode entry;
    public Cvm cvm;
    public TxnResult result;

    TransactionFields(Cells cells, RowParsers.TransactionColumns columns) {
        this.cells = cells;
        this.scanner = cells.scanner();
        this.columns = columns;
        this.txnIdField = cells.field(columns.txnId);
        this.serialField = cells.field(columns.serialNumber);
        this.signatureRefField = cells.field(columns.signatureRef);
    }

    /**
     * Reads transactions.csv from a stream (not closed here) as {@link RowParsers#TRANSACTIONS} does, delivering
     * each valid record as fields (one instance, refilled) and each invalid one as a reject.
     *
     * @return the number of data records (valid and rejected)
     */
    public static long read(InputStream in, String fileName, Consumer<TransactionFields> rows,
            Consumer<Reject> rejects) throws IOException {
        return new EstateReader<>(RowParsers.TRANSACTION_FIELDS, fileName).read(in, (f, origin) -> rows.accept(f),
                rejects);
    }

    /** Like {@link #read(InputStream, String, Consumer, Consumer)} for a file (memory mapped, see MappedFileInput). */
    public static long read(Path file, Consumer<TransactionFields> rows, Consumer<Reject> rejects)
            throws IOException {
        try (InputStream in = MappedFileInput.open(file)) {
            return read(in, file.getFileName().toString(), rows, rejects);
        }
    }

    /** Takes the date-time the parser read into {@link #time()}. */
    void setTime() {
        offsetSeconds = time.offset.getTotalSeconds();
        epochSecond = time.epochSecond;
        nano = time.nano;
        localDay = time.localDay;
    }

    DateTimes time() {
        return time;
    }

    /** The buffer holding the record (valid during delivery). */
    public byte[] buffer() {
        return scanner.buffer();
    }

    /** serial_number (letters, digits, '-': never quoted) is {@code buffer()[serialStart(), serialEnd())}. */
    public int serialStart() {
        return scanner.start(serialField);
    }

    public int serialEnd() {
        return scanner.end(serialField);
    }

    public boolean hasSignatureRef() {
        return signatureRefField >= 0 && !scanner.isEmpty(signatureRefField);
    }

    /** At least the length {@link #copySignatureRef} writes. */
    public int signatureRefBytes() {
        return scanner.end(signatureRefField) - scanner.start(signatureRefField);
    }

    /** Copies signature_ref's UTF-8 bytes (see {@link CsvScanner#copy}); returns the end of the copy. */
    public int copySignatureRef(byte[] dst, int at) {
        return scanner.copy(signatureRefField, dst, at);
    }

    /** At least the length {@link #copyTxnId} writes. */
    public int txnIdBytes() {
        return scanner.end(txnIdField) - scanner.start(txnIdField);
    }

    /** Copies txn_id's UTF-8 bytes (see {@link CsvScanner#copy}); returns the end of the copy. */
    public int copyTxnId(byte[] dst, int at) {
        return scanner.copy(txnIdField, dst, at);
    }

    /** Where the record comes from. */
    public RowOrigin origin() {
        return scanner;
    }

    /** The full row (Strings and the date-time made now). */
    public TransactionRow row() {
        Cells c = cells;
        RowParsers.TransactionColumns k = columns;
        return new TransactionRow(c.text(k.txnId), time.value(), c.text(k.serialNumber),
                c.text(k.merchantNo), c.text(k.locationRegion), amountCents, c.text(k.currency), scheme, entry, cvm,
                c.text(k.signatureRef), result, c.text(k.responseCode));
    }
}
