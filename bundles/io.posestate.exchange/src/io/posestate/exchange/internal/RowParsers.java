package io.posestate.exchange.internal;

import java.time.LocalDate;

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
        @Override
        MerchantRow parse(Cells c) {
            MerchantFields f = c.merchantFields();
            return MERCHANT_COLUMNS.check(c, f) ? f.row() : null;
        }
    };

    /** Merchants as {@link MerchantFields} (the same instance per read, refilled per record). */
    static final Parser<MerchantFields> MERCHANT_FIELDS = new Parser<>(EstateFile.MERCHANTS) {
        @Override
        MerchantFields parse(Cells c) {
            MerchantFields f = c.merchantFields();
            return MERCHANT_COLUMNS.check(c, f) ? f : null;
        }
    };

    /** Column indexes of merchants.csv (in {@link EstateFile#columns()}). */
    static final class MerchantColumns {
        final int merchantNo;
        final int name;
        final int mcc;
        final int region;
        final int acquirerCode;
        final int settlementAccount;
        final int phone;
        final int backupPhone;
        final int email;
        final int address;
        final int status;

        MerchantColumns(Parser<?> p) {
            merchantNo = p.col("merchant_no");
            name = p.col("name");
            mcc = p.col("mcc");
            region = p.col("region");
            acquirerCode = p.col("acquirer_code");
            settlementAccount = p.col("settlement_account");
            phone = p.col("phone");
            backupPhone = p.col("backup_phone");
            email = p.col("email");
            address = p.col("address");
            status = p.col("status");
        }

        /**
         * Checks a record against the rules of formats.md without making Strings, filling {@code f} (the one of
         * these cells); false after recording its problems.
         */
        boolean check(Cells c, MerchantFields f) {
            long number = c.number(merchantNo, MERCHANT_NO_DIGITS, true);
            long mccValue = c.number(mcc, MCC_DIGITS, true);
            long regionValue = c.number(region, REGION_DIGITS, true);
            // merchant_no digits 4-7 are the region, 8-11 the MCC (1-based)
            boolean no = number != Cells.NO_NUMBER;
            if (no && regionValue != Cells.NO_NUMBER && (number / 100_000_000) % 10_000 != regionValue) {
                c.problem(c.shown(region) + " does not match digits 4-7 of " + c.shown(merchantNo));
            }
            if (no && mccValue != Cells.NO_NUMBER && (number / 10_000) % 10_000 != mccValue) {
                c.problem(c.shown(mcc) + " does not match digits 8-11 of " + c.shown(merchantNo));
            }
            c.checkRequired(acquirerCode);
            f.status = c.enumeration(status, MERCHANT_STATUS, true);
            f.merchantNumber = number;
            return c.ok();
        }
    }

    static final MerchantColumns MERCHANT_COLUMNS = new MerchantColumns(MERCHANTS);

    public static final Parser<TerminalRow> TERMINALS = new Parser<>(EstateFile.TERMINALS) {
        @Override
        TerminalRow parse(Cells c) {
            TerminalFields f = c.terminalFields();
            return TERMINAL_COLUMNS.check(c, f) ? f.row() : null;
        }
    };

    /** Terminals as {@link TerminalFields} (the same instance per read, refilled per record). */
    static final Parser<TerminalFields> TERMINAL_FIELDS = new Parser<>(EstateFile.TERMINALS) {
        @Override
        TerminalFields parse(Cells c) {
            TerminalFields f = c.terminalFields();
            return TERMINAL_COLUMNS.check(c, f) ? f : null;
        }
    };

    /** Column indexes of terminals.csv (in {@link EstateFile#columns()}). */
    static final class TerminalColumns {
        final int serialNumber;
        final int vendor;
        final int model;
        final int connection;
        final int firmware;
        final int merchantNo;
        final int state;
        final int deployedRegion;
        final int activatedAt;

        TerminalColumns(Parser<?> p) {
            serialNumber = p.col("serial_number");
            vendor = p.col("vendor");
            model = p.col("model");
            connection = p.col("connection");
            firmware = p.col("firmware");
            merchantNo = p.col("merchant_no");
            state = p.col("state");
            deployedRegion = p.col("deployed_region");
            activatedAt = p.col("activated_at");
        }

        /**
         * Checks a record against the rules of formats.md without making Strings, filling {@code f} (the one of
         * these cells); false after recording its problems.
         */
        boolean check(Cells c, TerminalFields f) {
            c.checkSerial(serialNumber);
            c.checkRequired(vendor);
            c.checkRequired(model);
            f.connection = c.enumeration(connection, CONNECTION, true);
            long merchant = c.number(merchantNo, MERCHANT_NO_DIGITS, false);
            f.state = c.enumeration(state, TERMINAL_STATE, true);
            long region = c.number(deployedRegion, REGION_DIGITS, false);
            f.activatedDay = c.epochDay(activatedAt, false);
            if (f.state == TerminalState.ACTIVE) {
                if (!c.present(merchantNo)) {
                    c.problem("an ACTIVE terminal needs merchant_no");
                }
                if (!c.present(activatedAt)) {
                    c.problem("an ACTIVE terminal needs activated_at");
                }
            }
            if (!c.ok()) {
                return false;
            }
            f.merchantNumber = merchant != Cells.NO_NUMBER ? merchant : TerminalFields.NO_MERCHANT;
            f.deployedRegion = region != Cells.NO_NUMBER ? (int) region : TerminalFields.NO_REGION;
            return true;
        }
    }

    static final TerminalColumns TERMINAL_COLUMNS = new TerminalColumns(TERMINALS);

    /** Column indexes of transactions.csv (in {@link EstateFile#columns()}). */
    static final class TransactionColumns {
        final int txnId;
        final int time;
        final int serialNumber;
        final int merchantNo;
        final int locationRegion;
        final int amount;
        final int currency;
        final int scheme;
        final int entry;
        final int cvm;
        final int signatureRef;
        final int result;
        final int responseCode;

        TransactionColumns(Parser<?> p) {
            txnId = p.col("txn_id");
            time = p.col("time");
            serialNumber = p.col("serial_number");
            merchantNo = p.col("merchant_no");
            locationRegion = p.col("location_region");
            amount = p.col("amount");
            currency = p.col("currency");
            scheme = p.col("scheme");
            entry = p.col("entry");
            cvm = p.col("cvm");
            signatureRef = p.col("signature_ref");
            result = p.col("result");
            responseCode = p.col("response_code");
        }

        /**
         * Checks a record against the rules of formats.md without making Strings, filling {@code f} (the one of
         * these cells); false after recording its problems.
         */
        boolean check(Cells c, TransactionFields f) {
            c.checkRequired(txnId);
            c.dateTime(time, f.time());
            c.checkRequired(serialNumber);
            long merchant = c.number(merchantNo, MERCHANT_NO_DIGITS, true);
            long region = c.number(locationRegion, REGION_DIGITS, false);
            f.amountCents = c.amountCents(amount);
            c.checkCurrency(currency);
            f.scheme = c.enumeration(scheme, SCHEME, true);
            f.entry = c.enumeration(entry, ENTRY, true);
            f.cvm = c.enumeration(cvm, CVM, true);
            f.result = c.enumeration(result, RESULT, true);
            if (!c.ok()) {
                return false;
            }
            f.setTime();
            f.merchantNumber = merchant;
            f.locationRegion = region != Cells.NO_NUMBER ? (int) region : TransactionFields.NO_REGION;
            return true;
        }
    }

    public static final Parser<TransactionRow> TRANSACTIONS = new Parser<>(EstateFile.TRANSACTIONS) {
        @Override
        TransactionRow parse(Cells c) {
            TransactionFields f = c.transactionFields();
            return TRANSACTION_COLUMNS.check(c, f) ? f.row() : null;
        }
    };

    static final TransactionColumns TRANSACTION_COLUMNS = new TransactionColumns(TRANSACTIONS);

    /** Transactions as {@link TransactionFields} (the same instance per read, refilled per record). */
    static final Parser<TransactionFields> TRANSACTION_FIELDS = new Parser<>(EstateFile.TRANSACTIONS) {
        @Override
        TransactionFields parse(Cells c) {
            TransactionFields f = c.transactionFields();
            return TRANSACTION_COLUMNS.check(c, f) ? f : null;
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
