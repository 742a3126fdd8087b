package io.posestate.audit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import io.posestate.audit.api.Finding;
import io.posestate.exchange.internal.CsvOutput;
import io.posestate.exchange.internal.Utf8Output;

/** Sorting and writing findings: findings.csv exactly per formats.md, and findings.json. */
public final class FindingsOutput {

    /** formats.md column order. */
    public static final List<String> COLUMNS = List.of("rule", "severity", "serial_number", "merchant_no", "count",
            "first_time", "last_time", "detail");

    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<OffsetDateTime> TIME = Comparator
            .nullsFirst(Comparator.comparing(OffsetDateTime::toInstant)
                    .thenComparing(t -> t.getOffset().getTotalSeconds()));

    /**
     * formats.md order: rule, serial_number, merchant_no, first_time (empty first, times by instant); then, to be
     * deterministic, last_time and detail.
     */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::rule)
            .thenComparing(Finding::serialNumber, TEXT)
            .thenComparing(Finding::merchantNo, TEXT)
            .thenComparing(Finding::firstTime, TIME)
            .thenComparing(Finding::lastTime, TIME)
            .thenComparing(Finding::detail, TEXT);

    private FindingsOutput() {
    }

    public static void writeCsv(List<Finding> findings, Path file) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file); CsvOutput out = new CsvOutput(stream)) {
            out.header(COLUMNS);
            for (Finding f : findings) {
                out.cell(f.rule());
                out.cell(f.severity());
                out.cell(f.serialNumber());
                out.cell(f.merchantNo());
                if (f.count() == null) {
                    out.cell((String) null);
                } else {
                    out.cell(f.count().longValue());
                }
                out.cell(f.firstTime());
                out.cell(f.lastTime());
                out.cell(f.detail());
                out.endLine();
            }
        }
    }

    /** {@code {"as_of": ..., "count": n, "findings": [{column: value or null, ...}]}} with the CSV's names. */
    public static void writeJson(List<Finding> findings, String asOf, Path file) throws IOException {
        try (Utf8Output out = new Utf8Output(Files.newOutputStream(file))) {
            out.text("{\"as_of\":").jsonString(asOf).text(",\"count\":").number(findings.size())
                    .text(",\"findings\":[");
            out.endLine();
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                out.bytes(RULE).jsonString(f.rule()).bytes(SEVERITY).jsonString(f.severity().name()).bytes(SERIAL)
                        .jsonString(f.serialNumber()).bytes(MERCHANT).jsonString(f.merchantNo()).bytes(COUNT);
                if (f.count() == null) {
                    out.bytes(NO_COUNT);
                } else {
                    out.number(f.count()).bytes(FIRST_TIME).dateTime(f.firstTime()).bytes(LAST_TIME)
                            .dateTime(f.lastTime()).ascii('"');
                }
                out.bytes(DETAIL).jsonString(f.detail()).bytes(i < findings.size() - 1 ? NEXT : LAST);
                out.endLine();
            }
            out.text("]}").endLine();
        }
    }

    /** The fixed parts of a findings.json line, encoded once. */
    private static final byte[] RULE = ascii("{\"rule\":");
    private static final byte[] SEVERITY = ascii(",\"severity\":");
    private static final byte[] SERIAL = ascii(",\"serial_number\":");
    private static final byte[] MERCHANT = ascii(",\"merchant_no\":");
    private static final byte[] COUNT = ascii(",\"count\":");
    private static final byte[] NO_COUNT = ascii("null,\"first_time\":null,\"last_time\":null");
    private static final byte[] FIRST_TIME = ascii(",\"first_time\":\"");
    private static final byte[] LAST_TIME = ascii("\",\"last_time\":\"");
    private static final byte[] DETAIL = ascii(",\"detail\":");
    private static final byte[] NEXT = ascii("},");
    private static final byte[] LAST = ascii("}");

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
