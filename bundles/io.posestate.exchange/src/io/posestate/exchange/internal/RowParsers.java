package io.posestate.exchange.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.posestate.exchange.ConnectionType;
import io.posestate.exchange.Cvm;
import io.posestate.exchange.EntryMode;
import io.posestate.exchange.EstateFile;
import io.posestate.exchange.LicensedAcquirerRow;
import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.MerchantStatus;
import io.posestate.exchange.PhoneSource;
import io.posestate.exchange.PhoneStatus;
import io.posestate.exchange.PhoneStatusRow;
import io.posestate.exchange.Scheme;
import io.posestate.exchange.TerminalRow;
import io.posestate.exchange.TerminalState;
import io.posestate.exchange.TransactionRow;
import io.posestate.exchange.TxnResult;

/** The per-row rules of formats.md for each file kind (required values, value forms, enumerations). */
public final class RowParsers {

    /** Builds a row from the current record's cells, or returns null after recording its problems. */
    public abstract static class Parser<T> {
        private final EstateFile kind;

        Parser(EstateFile kind) {
            this.kind = kind;
        }

        public EstateFile kind() {
            return kind;
        }

        /** Index of a column in {@link EstateFile#columns()}. */
        final int col(String name) {
            int i = kind.columns().indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException(kind.fileName() + " has no column " + name);
            }
            return i;
        }

        abstract T parse(Cells c);
    }

    private static final int MERCHANT_NO_DIGITS = 15;
    private static final int REGION_DIGITS = 4;
    private static final int MCC_DIGITS = 4;

    private static final Enumeration<MerchantStatus> MERCHANT_STATUS = new Enumeration<>(MerchantStatus.values());
    private static final Enumeration<ConnectionType> CONNECTION = new Enumeration<>(ConnectionType.values());
    private static final Enumeration<TerminalState> TERMINAL_STATE = new Enumeration<>(TerminalState.values());
    private static final Enumeration<Scheme> SCHEME = new Enumeration<>(Scheme.values());
    private static final Enumeration<EntryMode> ENTRY = new Enumeration<>(EntryMode.values());
    private static final Enumeration<Cvm> CVM = new Enumeration<>(Cvm.values());
    private static final Enumeration<TxnResult> RESULT = new Enumeration<>(TxnResult.values());
    private static final Enumeration<PhoneStatus> PHONE_STATUS_VALUES = new Enumeration<>(PhoneStatus.values());
    private static final Enumeration<PhoneSource> PHONE_SOURCE = new Enumeration<>(PhoneSource.values());

    public static final Parser<MerchantRow> MERCHANTS = new Parser<>(EstateFile.MERCHANTS) {
        private final int merchantNo = col("merchant_no");
        private final int name = col("name");
        private final int mcc = col("mcc");
        private final int region = col("region");
        private final int acquirerCode = col("acquirer_code");
        private final int settlementAccount = col("settlement_account");
        private final int phone = col("phone");
        private final int backupPhone = col("backup_phone");
        private final int email = col("email");
        private final int address = col("address");
        private final int status = col("status");

        @Override
        MerchantRow parse(Cells c) {
            String no = c.digits(merchantNo, MERCHANT_NO_DIGITS, true);
            String mccValue = c.digits(mcc, MCC_DIGITS, true);
            String regionValue = c.digits(region, REGION_DIGITS, true);
            // merchant_no digits 4-7 are the region, 8-11 the MCC (1-based)
            if (no != null && regionValue != null && !no.substring(3, 7).equals(regionValue)) {
                c.problem(c.shown(region) + " does not match digits 4-7 of " + c.shown(merchantNo));
            }
            if (no != null && mccValue != null && !no.substring(7, 11).equals(mccValue)) {
                c.problem(c.shown(mcc) + " does not match digits 8-11 of " + c.shown(merchantNo));
            }
            String acquirer = c.required(acquirerCode);
            MerchantStatus st = c.enumeration(status, MERCHANT_STATUS, true);
            if (!c.ok()) {
                return null;
            }
            return new MerchantRow(no, c.text(name), mccValue, regionValue, acquirer, c.text(settlementAccount),
                    c.text(phone), c.text(backupPhone), c.text(email), c.text(address), st);
        }
    };

    public static final Parser<TerminalRow> TERMINALS = new Parser<>(EstateFile.TERMINALS) {
        private final int serialNumber = col("serial_number");
        private final int vendor = col("vendor");
        private final int model = col("model");
        private final int connection = col("connection");
        private final int firmware = col("firmware");
        private final int merchantNo = col("merchant_no");
        private final int state = col("state");
        private final int deployedRegion = col("deployed_region");
        private final int activatedAt = col("activated_at");

        @Override
        TerminalRow parse(Cells c) {
            String serial = c.serial(serialNumber);
            String vendorValue = c.required(vendor);
            String modelValue = c.required(model);
            ConnectionType conn = c.enumeration(connection, CONNECTION, true);
            String merchant = c.digits(merchantNo, MERCHANT_NO_DIGITS, false);
            TerminalState st = c.enumeration(state, TERMINAL_STATE, true);
            String region = c.digits(deployedRegion, REGION_DIGITS, false);
            LocalDate activated = c.date(activatedAt, false);
            if (st == TerminalState.ACTIVE) {
                if (!c.present(merchantNo)) {
                    c.problem("an ACTIVE terminal needs merchant_no");
                }
                if (!c.present(activatedAt)) {
                    c.problem("an ACTIVE terminal needs activated_at");
                }
            }
            if (!c.ok()) {
                return null;
            }
            return new TerminalRow(serial, vendorValue, modelValue, conn, c.text(firmware), merchant, st, region,
                    activated);
        }
    };

    public static final Parser<TransactionRow> TRANSACTIONS = new Parser<>(EstateFile.TRANSACTIONS) {
        private final int txnId = col("txn_id");
        private final int time = col("time");
        private final int serialNumber = col("serial_number");
        private final int merchantNo = col("merchant_no");
        private final int locationRegion = col("location_region");
        private final int amount = col("amount");
        private final int currency = col("currency");
        private final int scheme = col("scheme");
        private final int entry = col("entry");
        private final int cvm = col("cvm");
        private final int signatureRef = col("signature_ref");
        private final int result = col("result");
        private final int responseCode = col("response_code");

        @Override
        TransactionRow parse(Cells c) {
            String id = c.required(txnId);
            OffsetDateTime at = c.dateTime(time);
            String serial = c.required(serialNumber);
            String merchant = c.digits(merchantNo, MERCHANT_NO_DIGITS, true);
            String region = c.digits(locationRegion, REGION_DIGITS, false);
            long cents = c.amountCents(amount);
            String cur = c.currency(currency);
            Scheme sch = c.enumeration(scheme, SCHEME, true);
            EntryMode ent = c.enumeration(entry, ENTRY, true);
            Cvm verification = c.enumeration(cvm, CVM, true);
            TxnResult res = c.enumeration(result, RESULT, true);
            if (!c.ok()) {
                return null;
            }
            return new TransactionRow(id, at, serial, merchant, region, cents, cur, sch, ent, verification,
                    c.text(signatureRef), res, c.text(responseCode));
        }
    };

    public static final Parser<PhoneStatusRow> PHONE_STATUS = new Parser<>(EstateFile.PHONE_STATUS) {
        private final int phone = col("phone");
        private final int status = col("status");
        private final int since = col("since");
        private final int source = col("source");

        @Override
        PhoneStatusRow parse(Cells c) {
            String number = c.required(phone);
            PhoneStatus st = c.enumeration(status, PHONE_STATUS_VALUES, true);
            LocalDate date = c.date(since, true);
            PhoneSource src = c.enumeration(source, PHONE_SOURCE, true);
            return c.ok() ? new PhoneStatusRow(number, st, date, src) : null;
        }
    };

    public static final Parser<LicensedAcquirerRow> LICENSED_ACQUIRERS = new Parser<>(EstateFile.LICENSED_ACQUIRERS) {
        private final int acquirerCode = col("acquirer_code");
        private final int name = col("name");
        private final int licenseNo = col("license_no");

        @Override
        LicensedAcquirerRow parse(Cells c) {
            String code = c.required(acquirerCode);
            return c.ok() ? new LicensedAcquirerRow(code, c.text(name), c.text(licenseNo)) : null;
        }
    };

    private RowParsers() {
    }
}
