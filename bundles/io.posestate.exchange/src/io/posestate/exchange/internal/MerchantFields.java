package io.posestate.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.MerchantStatus;
import io.posestate.exchange.Reject;
import io.posestate.exchange.RowHandler;

/**
 * A valid merchants.csv record as numbers and texts kept as bytes, read without making a String (the audit's
 * registry load; {@link #row()} builds the full row when needed). One instance is refilled per record: it is valid
 * only while the record is being delivered. mcc and region are digits of merchant_no (formats.md), so only the
 * number is kept.
 */
public final class MerchantFields extends CellTexts {

    /** The texts kept as they are (see {@link CellTexts}), all optional but the acquirer code. */
    public static final int NAME = 0;
    public static final int ACQUIRER_CODE = 1;
    public static final int SETTLEMENT_ACCOUNT = 2;
    public static final int PHONE = 3;
    public static final int BACKUP_PHONE = 4;
    public static final int EMAIL = 5;
    public static final int ADDRESS = 6;
    /** How many texts there are. */
    public static final int TEXTS = 7;

    private final Cells cells;
    private final RowParsers.MerchantColumns columns;

    /** The 15-digit merchant_no as a number. */
    public long merchantNumber;
    public MerchantStatus status;

    MerchantFields(Cells cells, RowParsers.MerchantColumns columns) {
        super(cells, columns.name, columns.acquirerCode, columns.settlementAccount, columns.phone,
                columns.backupPhone, columns.email, columns.address);
        this.cells = cells;
        this.columns = columns;
    }

    /**
     * Reads merchants.csv from a stream (not closed here) as {@link RowParsers#MERCHANTS} does, delivering each
     * valid record as fields (one instance, refilled) with its origin and each invalid one as a reject.
     *
     * @return the number of data records (valid and rejected)
     */
    public static long read(InputStream in, String fileName, RowHandler<MerchantFields> rows,
            Consumer<Reject> rejects) throws IOException {
        return new EstateReader<>(RowParsers.MERCHANT_FIELDS, fileName).read(in, rows, rejects);
    }

    /** merchant_no as written. */
    public String merchantNo() {
        return cells.text(columns.merchantNo);
    }

    /** The full row (Strings made now). */
    public MerchantRow row() {
        Cells c = cells;
        RowParsers.MerchantColumns k = columns;
        return new MerchantRow(c.text(k.merchantNo), c.text(k.name), c.text(k.mcc), c.text(k.region),
                c.text(k.acquirerCode), c.text(k.settlementAccount), c.text(k.phone), c.text(k.backupPhone),
                c.text(k.email), c.text(k.address), status);
    }
}
