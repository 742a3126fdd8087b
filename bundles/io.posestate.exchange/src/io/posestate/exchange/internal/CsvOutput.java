package io.posestate.exchange.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Line-by-line CSV output: UTF-8 without BOM, LF line ends, RFC 4180 quoting only where needed, null = empty.
 * Hand-written rather than commons-csv's CSVPrinter: the rules are four lines and this keeps the bundle free
 * of dependencies. Lines are built in a character buffer and written as UTF-8 bytes some 64 KB at a time.
 */
public final class CsvOutput implements Closeable {

    private static final int FLUSH_AT = 1 << 16;

    private final OutputStream out;
    private final StringBuilder line = new StringBuilder(FLUSH_AT + 1024);
    private boolean lineStarted;

    public CsvOutput(OutputStream stream) {
        out = stream;
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
            line.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            line.append(value);
        }
    }

    public void cell(long value) throws IOException {
        separate();
        line.append(value);
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
            Values.appendDateTime(line, value);
        }
    }

    /** An amount in cents written as a decimal with two fraction digits. */
    public void amountCents(long cents) throws IOException {
        cell(Values.formatAmount(cents));
    }

    public void endLine() throws IOException {
        line.append('\n');
        lineStarted = false;
        if (line.length() >= FLUSH_AT) {
            write();
        }
    }

    public void flush() throws IOException {
        write();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try (out) {
            write();
        }
    }

    private void write() throws IOException {
        out.write(line.toString().getBytes(StandardCharsets.UTF_8));
        line.setLength(0);
    }

    private void separate() {
        if (lineStarted) {
            line.append(',');
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
