package io.posestate.exchange.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The cells of the current record addressed by the file kind's column index (EstateFile#columns()), with
 * the checks of formats.md. Every failed check is recorded as a problem naming column and value; a row
 * parser reads all its cells and builds a row only if there was none.
 */
public final class Cells {

    private static final int SHOWN_VALUE_CHARS = 60;

    private final CsvScanner scanner;
    private final List<String> columns;
    /** Record field index of each column, -1 if the header lacks it. */
    private final int[] fieldOf;
    private final StringBuilder problems = new StringBuilder();

    Cells(CsvScanner scanner, List<String> columns, int[] fieldOf) {
        this.scanner = scanner;
        this.columns = columns;
        this.fieldOf = fieldOf;
    }

    void clearProblems() {
        problems.setLength(0);
    }

    public boolean ok() {
        return problems.length() == 0;
    }

    /** All problems of the record, separated by "; ". */
    String problems() {
        return problems.toString();
    }

    public void problem(String reason) {
        if (problems.length() > 0) {
            problems.append("; ");
        }
        problems.append(reason);
    }

    public boolean present(int col) {
        int f = fieldOf[col];
        return f >= 0 && !scanner.isEmpty(f);
    }

    /** The value, or null when absent. */
    public String text(int col) {
        return present(col) ? scanner.string(fieldOf[col]) : null;
    }

    /** The value; a problem when absent. */
    public String required(int col) {
        return checkRequired(col) ? scanner.string(fieldOf[col]) : null;
    }

    /** Whether the value is present; a problem when not. */
    public boolean checkRequired(int col) {
        if (!present(col)) {
            missing(col);
            return false;
        }
        return true;
    }

    /** Result of {@link #number} for a value that is absent or not of its form. */
    public static final long NO_NUMBER = Values.NOT_DIGITS;

    /**
     * The value of exactly {@code n} (at most 18) ASCII digits, or {@link #NO_NUMBER} when it is absent (a problem
     * if required) or has another form (a problem).
     */
    public long number(int col, int n, boolean required) {
        if (!present(col)) {
            absent(col, required);
            return NO_NUMBER;
        }
        int f = fieldOf[col];
        long value = Values.digitsValue(scanner.buffer(), scanner.start(f), scanner.end(f), n);
        if (value == Values.NOT_DIGITS) {
            problem(shown(col) + " is not " + n + " digits");
        }
        return value;
    }

    /** A serial number: letters, digits and '-'. */
    public String serial(int col) {
        return checkSerial(col) ? scanner.string(fieldOf[col]) : null;
    }

    /** Whether a serial number (letters, digits and '-') is present; a problem when not. */
    public boolean checkSerial(int col) {
        if (!present(col)) {
            missing(col);
            return false;
        }
        int f = fieldOf[col];
        if (!Values.isSerial(scanner.buffer(), scanner.start(f), scanner.end(f))) {
            problem(shown(col) + " may contain only letters, digits and '-'");
            return false;
        }
        return true;
    }

    /** An ISO 4217 alphabetic code form: three upper-case letters. */
    public String currency(int col) {
        return checkCurrency(col) ? scanner.string(fieldOf[col]) : null;
    }

    /** Whether the required value is of the ISO 4217 alphabetic code form; a problem if not. */
    public boolean checkCurrency(int col) {
        if (!present(col)) {
            missing(col);
            return false;
        }
        int f = fieldOf[col];
        if (!Values.isCurrency(scanner.buffer(), scanner.start(f), scanner.end(f))) {
            problem(shown(col) + " is not an ISO 4217 code of three upper-case letters");
            return false;
        }
        return true;
    }

    public <E extends Enum<E>> E enumeration(int col, Enumeration<E> allowed, boolean required) {
        if (!present(col)) {
            return absent(col, required);
        }
        int f = fieldOf[col];
        E value = allowed.match(scanner.buffer(), scanner.start(f), scanner.end(f));
        if (value == null) {
            problem(shown(col) + " is not one of " + allowed.list());
        }
        return value;
    }

    public LocalDate date(int col, boolean required) {
        long day = epochDay(col, required);
        return day == Values.NOT_A_DATE ? null : LocalDate.ofEpochDay(day);
    }

    /**
     * A {@code YYYY-MM-DD} date as days since 1970-01-01, or {@link Values#NOT_A_DATE} (a problem if it has another
     * form, or is absent and required).
     */
    public long epochDay(int col, boolean required) {
        if (!present(col)) {
            absent(col, required);
            return Values.NOT_A_DATE;
        }
        int f = fieldOf[col];
        long day = Values.epochDay(scanner.buffer(), scanner.start(f), scanner.end(f));
        if (day == Values.NOT_A_DATE) {
            problem(shown(col) + " is not a date YYYY-MM-DD");
        }
        return day;
    }

    /** Reads a required date-time into {@code time}; false after recording a problem. */
    boolean dateTime(int col, DateTimes time) {
        if (!present(col)) {
            missing(col);
            return false;
        }
        int f = fieldOf[col];
        if (!time.read(scanner.buffer(), scanner.start(f), scanner.end(f))) {
            problem(shown(col) + " is not a date-time YYYY-MM-DDTHH:MM:SS[.fraction] with offset Z or ±HH:MM");
            return false;
        }
        return true;
    }

    /** Record field index of a column, -1 if the header lacks it. */
    int field(int col) {
        return fieldOf[col];
    }

    CsvScanner scanner() {
        return scanner;
    }

    private TransactionFields transactionFields;

    /** The transaction fields of these cells (made on first use). */
    TransactionFields transactionFields() {
        if (transactionFields == null) {
            transactionFields = new TransactionFields(this, RowParsers.TRANSACTION_COLUMNS);
        }
        return transactionFields;
    }

    private MerchantFields merchantFields;

    /** The merchant fields of these cells (made on first use). */
    MerchantFields merchantFields() {
        if (merchantFields == null) {
            merchantFields = new MerchantFields(this, RowParsers.MERCHANT_COLUMNS);
        }
        return merchantFields;
    }

    private TerminalFields terminalFields;

    /** The terminal fields of these cells (made on first use). */
    TerminalFields terminalFields() {
        if (terminalFields == null) {
            terminalFields = new TerminalFields(this, RowParsers.TERMINAL_COLUMNS);
        }
        return terminalFields;
    }

    /** A required amount in cents, or a negative value after recording the problem. */
    public long amountCents(int col) {
        if (!present(col)) {
            missing(col);
            return Values.NOT_AN_AMOUNT;
        }
        int f = fieldOf[col];
        long cents = Values.amountCents(scanner.buffer(), scanner.start(f), scanner.end(f));
        if (cents == Values.NOT_AN_AMOUNT) {
            problem(shown(col) + " is not an amount (digits with an optional point and up to two decimals,"
                    + " no sign or exponent)");
        } else if (cents == Values.AMOUNT_TOO_LARGE) {
            problem(shown(col) + " is too large (at most 16 integer digits)");
        }
        return cents;
    }

    /** {@code column "value"} for messages, long values shortened. */
    public String shown(int col) {
        String value = scanner.string(fieldOf[col]);
        if (value.length() > SHOWN_VALUE_CHARS) {
            value = value.substring(0, SHOWN_VALUE_CHARS) + "...";
        }
        return columns.get(col) + " \"" + value + "\"";
    }

    public void missing(int col) {
        problem("missing required value for " + columns.get(col));
    }

    private <V> V absent(int col, boolean required) {
        if (required) {
            missing(col);
        }
        return null;
    }
}
