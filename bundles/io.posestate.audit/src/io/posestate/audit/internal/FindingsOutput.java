package io.posestate.audit.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import io.posestate.audit.api.Finding;
import io.posestate.exchange.internal.CsvOutput;
import io.posestate.exchange.internal.Values;

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
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("{\"as_of\":" + string(asOf) + ",\"count\":" + findings.size() + ",\"findings\":[");
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                w.write(i == 0 ? "\n" : ",\n");
                w.write("{\"rule\":" + string(f.rule()) + ",\"severity\":" + string(f.severity().name())
                        + ",\"serial_number\":" + string(f.serialNumber()) + ",\"merchant_no\":"
                        + string(f.merchantNo()) + ",\"count\":" + (f.count() == null ? "null" : f.count())
                        + ",\"first_time\":" + string(time(f.firstTime())) + ",\"last_time\":"
                        + string(time(f.lastTime())) + ",\"detail\":" + string(f.detail()) + "}");
            }
            w.write("\n]}\n");
        }
    }

    /** ISO-8601 date-time as written in findings (seconds always, fraction only when present). */
    public static String time(OffsetDateTime t) {
        return t == null ? null : Values.formatDateTime(t);
    }

    static String string(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
