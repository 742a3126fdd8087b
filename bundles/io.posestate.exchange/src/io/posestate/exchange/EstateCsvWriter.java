package io.posestate.exchange;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.posestate.exchange.internal.CsvOutput;
import io.posestate.exchange.internal.RowFormats;

/**
 * Writes one estate file: the header in formats.md column order, then one line per row. UTF-8 without BOM,
 * LF line ends, RFC 4180 quoting only where a value needs it (comma, quote, CR or LF), absent values empty,
 * dates {@code YYYY-MM-DD}, date-times {@code YYYY-MM-DDTHH:MM:SS[.fraction]} with {@code Z} or {@code ±HH:MM},
 * amounts with two decimals. What is written reads back to equal rows with {@link EstateCsv}.
 *
 * @param <T> the row type of the file
 */
public final class EstateCsvWriter<T> implements Closeable, Flushable {

    /** Puts the cells of a row, in {@link EstateFile#columns()} order. */
    @FunctionalInterface
    interface RowFormat<T> {
        void write(T row, CsvOutput out) throws IOException;
    }

    private final CsvOutput out;
    private final RowFormat<T> format;
    private long rows;

    private EstateCsvWriter(OutputStream stream, EstateFile kind, RowFormat<T> format) throws IOException {
        this.out = new CsvOutput(stream);
        this.format = format;
        out.header(kind.columns());
    }

    public static EstateCsvWriter<MerchantRow> merchants(OutputStream out) throws IOException {
        return new EstateCsvWriter<>(out, EstateFile.MERCHANTS, RowFormats::merchant);
    }

    public static EstateCsvWriter<TerminalRow> terminals(OutputStream out) throws IOException {
        return new EstateCsvWriter<>(out, EstateFile.TERMINALS, RowFormats::terminal);
    }

    public static EstateCsvWriter<TransactionRow> transactions(OutputStream out) throws IOException {
        return new EstateCsvWriter<>(out, EstateFile.TRANSACTIONS, RowFormats::transaction);
    }

    public static EstateCsvWriter<PhoneStatusRow> phoneStatus(OutputStream out) throws IOException {
        return new EstateCsvWriter<>(out, EstateFile.PHONE_STATUS, RowFormats::phoneStatus);
    }

    public static EstateCsvWriter<LicensedAcquirerRow> licensedAcquirers(OutputStream out) throws IOException {
        return new EstateCsvWriter<>(out, EstateFile.LICENSED_ACQUIRERS, RowFormats::licensedAcquirer);
    }

    /** Creates (or replaces) {@code file} and writes the merchants header. */
    public static EstateCsvWriter<MerchantRow> merchants(Path file) throws IOException {
        return merchants(Files.newOutputStream(file));
    }

    public static EstateCsvWriter<TerminalRow> terminals(Path file) throws IOException {
        return terminals(Files.newOutputStream(file));
    }

    public static EstateCsvWriter<TransactionRow> transactions(Path file) throws IOException {
        return transactions(Files.newOutputStream(file));
    }

    public static EstateCsvWriter<PhoneStatusRow> phoneStatus(Path file) throws IOException {
        return phoneStatus(Files.newOutputStream(file));
    }

    public static EstateCsvWriter<LicensedAcquirerRow> licensedAcquirers(Path file) throws IOException {
        return licensedAcquirers(Files.newOutputStream(file));
    }

    /** Writes one row. */
    public void write(T row) throws IOException {
        format.write(row, out);
        out.endLine();
        rows++;
    }

    /** Writes all rows in iteration order. */
    public void writeAll(Iterable<? extends T> all) throws IOException {
        for (T row : all) {
            write(row);
        }
    }

    /** Number of data rows written so far. */
    public long rowsWritten() {
        return rows;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Flushes and closes the underlying stream. */
    @Override
    public void close() throws IOException {
        out.close();
    }
}
