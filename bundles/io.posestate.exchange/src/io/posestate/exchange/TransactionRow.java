package io.posestate.exchange;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One row of transactions.csv; absent optional values (locationRegion, signatureRef, responseCode) are null.
 * The amount is held in cents (hundredths of the currency unit) so that the hot read path needs no BigDecimal.
 */
public record TransactionRow(String txnId, OffsetDateTime time, String serialNumber, String merchantNo,
        String locationRegion, long amountCents, String currency, Scheme scheme, EntryMode entry, Cvm cvm,
        String signatureRef, TxnResult result, String responseCode) {

    /** The amount as a decimal with two fraction digits, e.g. 1234.50. */
    public BigDecimal amount() {
        return BigDecimal.valueOf(amountCents, 2);
    }
}
