package io.posestate.exchange.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Line-by-line CSV output: UTF-8 without BOM, LF line ends, RFC 4180 quoting only where needed, null = empty.
 * Hand-written rather than commons-csv's CSVPrinter: the rules are four lines and this keeps the bundle free
 * of dependencies. Cells go straight into a {@link Utf8Output} byte buffer.
 */
public final class CsvOutput implements Closeable {

    private final Utf8Output line;
    private boolean lineStarted;

    public CsvOutput(OutputStream stream) {
        this(new Utf8Output(stream));
    }

    /** Lines put into {@code out} (e.g. one that keeps them in memory). */
    public CsvOutput(Utf8Output out) {
        line = out;
    }

    public void header(List<String> columns) throws IOException {
        for (String c : columns) {
            cell(c);
        }
        endLine();
    }

    public void cell(String value) throws IOException {
        separate();
        if (value != null && !value.isEmpty()) {
            line.csvValue(value);
        }
    }

    public void cell(long value) throws IOException {
        separate();
        line.number(value);
    }

    public void cell(Enum<?> value) throws IOException {
        cell(value == null ? null : value.name());
    }

    public void cell(LocalDate value) throws IOException {
        cell(value == null ? null : Values.formatDate(value));
    }

    public void cell(OffsetDateTime value) throws IOException {
        separate();
        if (value != null) {
            line.dateTime(value);
        }
    }

    /** An amount in cents written as a decimal with two fraction digits. */
    public void amountCents(long cents) throws IOException {
        cell(Values.formatAmount(cents));
    }

    public void endLine() throws IOException {
        line.endLine();
        lineStarted = false;
    }

    public void flush() throws IOException {
        line.flush();
    }

    @Override
    public void close() throws IOException {
        line.close();
    }

    private void separate() throws IOException {
        if (lineStarted) {
            line.ascii(',');
        }
        lineStarted = true;
    }
}
