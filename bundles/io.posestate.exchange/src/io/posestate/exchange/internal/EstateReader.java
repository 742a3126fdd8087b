package io.posestate.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.posestate.exchange.EstateFile;
import io.posestate.exchange.EstateFormatException;
import io.posestate.exchange.Reject;
import io.posestate.exchange.RowHandler;

/** Reads one estate file: header check, then per record either a valid row or a reject. */
public final class EstateReader<T> {

    private final RowParsers.Parser<T> parser;
    private final String fileName;

    public EstateReader(RowParsers.Parser<T> parser, String fileName) {
        this.parser = parser;
        this.fileName = fileName;
    }

    /** @return the number of data records (valid and rejected) */
    public long read(InputStream in, RowHandler<T> rows, Consumer<Reject> rejects) throws IOException {
        CsvScanner scanner = new CsvScanner(in, fileName);
        if (!scanner.next()) {
            return 0; // empty file: no header, no rows
        }
        int width = scanner.fieldCount();
        Cells cells = new Cells(scanner, parser.kind().columns(), header(scanner));
        long records = 0;
        while (scanner.next()) {
            records++;
            String reason = scanner.recordError();
            if (reason == null && scanner.fieldCount() != width) {
                reason = "expected " + width + " columns as in the header but found " + scanner.fieldCount();
            }
            T row = null;
            if (reason == null) {
                cells.clearProblems();
                row = parser.parse(cells);
                if (row == null) {
                    reason = cells.problems();
                }
            }
            if (row != null) {
                rows.accept(row, scanner);
            } else {
                rejects.accept(scanner.reject(reason));
            }
        }
        return records;
    }

    /** Maps each known column to its field in the header; file-level errors for missing or doubled columns. */
    private int[] header(CsvScanner scanner) throws EstateFormatException {
        EstateFile kind = parser.kind();
        if (scanner.recordError() != null) {
            throw new EstateFormatException(fileName, scanner.line(), "header: " + scanner.recordError());
        }
        List<String> columns = kind.columns();
        int[] fieldOf = new int[columns.size()];
        Arrays.fill(fieldOf, -1);
        for (int f = 0; f < scanner.fieldCount(); f++) {
            String name = scanner.string(f).strip();
            int col = columns.indexOf(name);
            if (col < 0) {
                continue; // unknown extra column: ignored
            }
            if (fieldOf[col] >= 0) {
                throw new EstateFormatException(fileName, scanner.line(), "column \"" + name
                        + "\" appears twice in the header (columns " + (fieldOf[col] + 1) + " and " + (f + 1) + ")");
            }
            fieldOf[col] = f;
        }
        List<String> missing = new ArrayList<>();
        for (String required : kind.requiredColumns()) {
            if (fieldOf[columns.indexOf(required)] < 0) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw new EstateFormatException(fileName, scanner.line(), "missing required column"
                    + (missing.size() > 1 ? "s " : " ")
                    + missing.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "))
                    + " in the header of " + kind.fileName() + " (expected columns: "
                    + String.join(",", columns) + ")");
        }
        return fieldOf;
    }
}
