package io.posestate.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import io.posestate.exchange.internal.EstateReader;
import io.posestate.exchange.internal.RowParsers;

/**
 * Streaming, validating readers for the five estate files (formats.md). Each row is validated on its own
 * (required values, value forms, enumerations, merchant number digits); a row that fails goes to
 * {@code rejects} with the physical line where its record starts and the rest of the file is read.
 * Cross-row rules (key uniqueness, unknown merchant) are in {@link EstateLoader}.
 * <p>
 * Accepted input: UTF-8 with or without BOM, RFC 4180 quoting (including line breaks inside quoted fields),
 * LF or CRLF line ends, header columns in any order (names compared exactly after trimming spaces), unknown
 * extra columns ignored, blank lines (empty or only spaces, tabs, CR) skipped, empty value = absent. Values are
 * not trimmed. A quote inside an unquoted value is taken literally; text after a closing quote rejects the
 * record. An empty file (0 bytes, or only blank lines) has no header and no rows: it is read as
 * zero rows, not an error. File-level problems (a required header column missing, a header column twice,
 * invalid UTF-8) throw {@link EstateFormatException}.
 * <p>
 * Every method returns the number of data records read (accepted plus rejected; header and blank lines not
 * counted). Rows are delivered in file order on the calling thread.
 */
public final class EstateCsv {

    private EstateCsv() {
    }

    public static long readMerchants(Path file, Consumer<MerchantRow> rows, Consumer<Reject> rejects)
            throws IOException {
        return read(file, RowParsers.MERCHANTS, rows, rejects);
    }

    public static long readTerminals(Path file, Consumer<TerminalRow> rows, Consumer<Reject> rejects)
            throws IOException {
        return read(file, RowParsers.TERMINALS, rows, rejects);
    }

    public static long readTransactions(Path file, Consumer<TransactionRow> rows, Consumer<Reject> rejects)
            throws IOException {
        return read(file, RowParsers.TRANSACTIONS, rows, rejects);
    }

    public static long readPhoneStatus(Path file, Consumer<PhoneStatusRow> rows, Consumer<Reject> rejects)
            throws IOException {
        return read(file, RowParsers.PHONE_STATUS, rows, rejects);
    }

    public static long readLicensedAcquirers(Path file, Consumer<LicensedAcquirerRow> rows,
            Consumer<Reject> rejects) throws IOException {
        return read(file, RowParsers.LICENSED_ACQUIRERS, rows, rejects);
    }

    /**
     * Reads merchants from a stream (not closed here); {@code fileName} names the file in rejects and errors.
     * The handler also receives each row's origin (line, raw text).
     */
    public static long readMerchants(InputStream in, String fileName, RowHandler<MerchantRow> rows,
            Consumer<Reject> rejects) throws IOException {
        return new EstateReader<>(RowParsers.MERCHANTS, fileName).read(in, rows, rejects);
    }

    /** Like {@link #readMerchants(InputStream, String, RowHandler, Consumer)} for terminals. */
    public static long readTerminals(InputStream in, String fileName, RowHandler<TerminalRow> rows,
            Consumer<Reject> rejects) throws IOException {
        return new EstateReader<>(RowParsers.TERMINALS, fileName).read(in, rows, rejects);
    }

    /** Like {@link #readMerchants(InputStream, String, RowHandler, Consumer)} for transactions. */
    public static long readTransactions(InputStream in, String fileName, RowHandler<TransactionRow> rows,
            Consumer<Reject> rejects) throws IOException {
        return new EstateReader<>(RowParsers.TRANSACTIONS, fileName).read(in, rows, rejects);
    }

    /** Like {@link #readMerchants(InputStream, String, RowHandler, Consumer)} for phone statuses. */
    public static long readPhoneStatus(InputStream in, String fileName, RowHandler<PhoneStatusRow> rows,
            Consumer<Reject> rejects) throws IOException {
        return new EstateReader<>(RowParsers.PHONE_STATUS, fileName).read(in, rows, rejects);
    }

    /** Like {@link #readMerchants(InputStream, String, RowHandler, Consumer)} for licensed acquirers. */
    public static long readLicensedAcquirers(InputStream in, String fileName,
            RowHandler<LicensedAcquirerRow> rows, Consumer<Reject> rejects) throws IOException {
        return new EstateReader<>(RowParsers.LICENSED_ACQUIRERS, fileName).read(in, rows, rejects);
    }

    private static <T> long read(Path file, RowParsers.Parser<T> parser, Consumer<T> rows,
            Consumer<Reject> rejects) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new EstateReader<>(parser, file.getFileName().toString())
                    .read(in, (row, origin) -> rows.accept(row), rejects);
        }
    }
}
