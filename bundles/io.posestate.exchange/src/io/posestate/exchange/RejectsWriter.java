package io.posestate.exchange;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import io.posestate.exchange.internal.CsvOutput;

/**
 * Writes {@code rejects.csv}: header {@code file,line,reason,raw}, one line per reject, same CSV conventions
 * as {@link EstateCsvWriter}. It is a {@code Consumer<Reject>} so it can be handed straight to the readers
 * (an I/O error there is thrown as {@link UncheckedIOException}).
 */
public final class RejectsWriter implements Consumer<Reject>, Closeable, Flushable {

    /** The columns of rejects.csv. */
    public static final List<String> COLUMNS = List.of("file", "line", "reason", "raw");

    private final CsvOutput out;
    private long rows;

    public RejectsWriter(OutputStream stream) throws IOException {
        out = new CsvOutput(stream);
        out.header(COLUMNS);
    }

    /** Creates (or replaces) {@code file} and writes the header. */
    public static RejectsWriter open(Path file) throws IOException {
        return new RejectsWriter(Files.newOutputStream(file));
    }

    public void write(Reject reject) throws IOException {
        out.cell(reject.file());
        out.cell(reject.line());
        out.cell(reject.reason());
        out.cell(reject.raw());
        out.endLine();
        rows++;
    }

    @Override
    public void accept(Reject reject) {
        try {
            write(reject);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of rejects written so far. */
    public long rowsWritten() {
        return rows;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
