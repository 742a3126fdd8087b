package io.posestate.exchange.internal;

import java.io.IOException;

import io.posestate.exchange.LicensedAcquirerRow;
import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.PhoneStatusRow;
import io.posestate.exchange.TerminalRow;
import io.posestate.exchange.TransactionRow;

/** The cells of each row type in formats.md column order (see EstateFile#columns()). */
public final class RowFormats {

    private RowFormats() {
    }

    public static void merchant(MerchantRow r, CsvOutput out) throws IOException {
        out.cell(r.merchantNo());
        out.cell(r.name());
        out.cell(r.mcc());
        out.cell(r.region());
        out.cell(r.acquirerCode());
        out.cell(r.settlementAccount());
        out.cell(r.phone());
        out.cell(r.backupPhone());
        out.cell(r.email());
        out.cell(r.address());
        out.cell(r.status());
    }

    public static void terminal(TerminalRow r, CsvOutput out) throws IOException {
        out.cell(r.serialNumber());
        out.cell(r.vendor());
        out.cell(r.model());
        out.cell(r.connection());
        out.cell(r.firmware());
        out.cell(r.merchantNo());
        out.cell(r.state());
        out.cell(r.deployedRegion());
        out.cell(r.activatedAt());
    }

    public static void transaction(TransactionRow r, CsvOutput out) throws IOException {
        out.cell(r.txnId());
        out.cell(r.time());
        out.cell(r.serialNumber());
        out.cell(r.merchantNo());
        out.cell(r.locationRegion());
        out.amountCents(r.amountCents());
        out.cell(r.currency());
        out.cell(r.scheme());
        out.cell(r.entry());
        out.cell(r.cvm());
        out.cell(r.signatureRef());
        out.cell(r.result());
        out.cell(r.responseCode());
    }

    public static void phoneStatus(PhoneStatusRow r, CsvOutput out) throws IOException {
        out.cell(r.phone());
        out.cell(r.status());
        out.cell(r.since());
        out.cell(r.source());
    }

    public static void licensedAcquirer(LicensedAcquirerRow r, CsvOutput out) throws IOException {
        out.cell(r.acquirerCode());
        out.cell(r.name());
        out.cell(r.licenseNo());
    }
}
