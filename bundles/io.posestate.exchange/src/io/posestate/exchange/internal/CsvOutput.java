package io.posestate.exchange.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Line-by-line CSV output: UTF-8 without BOM, LF line ends, RFC 4180 quoting only where needed, null = empty.
 * Hand-written rather than commons-csv's CSVPrinter: the rules are four lines and this keeps the bundle free
 * of dependencies.
 */
public final class CsvOutput implements Closeable {

    private final Writer out;
    private boolean lineStarted;

    public CsvOutput(OutputStream stream) {
        out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    public void header(List<String> columns) throws IOException {
        for (String c : columns) {
            cell(c);
        }
        endLine();
    }

    public void cell(String value) throws IOException {
        separate();
        if (value == null || value.isEmpty()) {
            return;
        }
        if (needsQuotes(value)) {
            out.write('"');
            out.write(value.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(value);
        }
    }

    public void cell(long value) throws IOException {
        separate();
        out.write(Long.toString(value));
    }

    public void cell(Enum<?> value) throws IOException {
        cell(value == null ? null : value.name());
    }

    public void cell(LocalDate value) throws IOException {
        cell(value == null ? null : Values.formatDate(value));
    }

    public void cell(OffsetDateTime value) throws IOException {
        cell(value == null ? null : Values.formatDateTime(value));
    }

    /** An amount in cents written as a decimal with two fraction digits. */
    public void amountCents(long cents) throws IOException {
        cell(Values.formatAmount(cents));
    }

    public void endLine() throws IOException {
        out.write('\n');
        lineStarted = false;
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void separate() throws IOException {
        if (lineStarted) {
            out.write(',');
        }
        lineStarted = true;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        // a value of only blanks would make a line that reads as blank if it were the only cell
        return value.isBlank();
    }
}
