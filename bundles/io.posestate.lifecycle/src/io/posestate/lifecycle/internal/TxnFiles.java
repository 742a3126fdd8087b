package io.posestate.lifecycle.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import io.posestate.exchange.EstateCsv;
import io.posestate.exchange.TransactionRow;
import io.posestate.lifecycle.LifecycleException;

/** Reading the transactions.csv and findings.csv files a case step names (formats.md). */
final class TxnFiles {
    /** One audit finding (findings.csv); times are null where the rule counts no transactions. */
    record Finding(String rule, String severity, String serialNumber, String merchantNo, OffsetDateTime firstTime,
            OffsetDateTime lastTime, String detail) {
    }

    private TxnFiles() {
    }

    /** @return the valid rows of a transactions.csv (rejected rows are skipped, as the audit does) */
    static List<TransactionRow> transactions(String file) {
        Path path = existing(file, "transactions");
        List<TransactionRow> rows = new ArrayList<>();
        try {
            EstateCsv.readTransactions(path, rows::add, reject -> {
            });
        } catch (IOException | RuntimeException e) {
            throw new LifecycleException("Cannot read transactions file " + path + ": " + e.getMessage(), e);
        }
        return rows;
    }

    static List<Finding> findings(String file) {
        Path path = existing(file, "findings");
        List<Finding> findings = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            for (CSVRecord r : format.parse(in)) {
                try {
                    findings.add(new Finding(r.get("rule"), r.get("severity"), blankToNull(r.get("serial_number")),
                            blankToNull(r.get("merchant_no")), time(r.get("first_time")), time(r.get("last_time")),
                            r.get("detail")));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new LifecycleException(path + " line " + (r.getRecordNumber() + 1) + ": " + e.getMessage());
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new LifecycleException("Cannot read findings file " + path + ": " + e.getMessage(), e);
        }
        return findings;
    }

    private static Path existing(String file, String what) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new LifecycleException("No " + what + " file " + path.toAbsolutePath());
        }
        return path;
    }

    private static OffsetDateTime time(String text) {
        return text == null || text.isBlank() ? null : OffsetDateTime.parse(text.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
