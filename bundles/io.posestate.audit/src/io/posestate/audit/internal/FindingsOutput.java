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
        try (OutputStream w = Files.newOutputStream(file)) {
            StringBuilder sb = new StringBuilder(1 << 16);
            sb.append("{\"as_of\":");
            string(sb, asOf).append(",\"count\":").append(findings.size()).append(",\"findings\":[");
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                sb.append(i == 0 ? "\n{\"rule\":" : ",\n{\"rule\":");
                string(sb, f.rule()).append(",\"severity\":");
                string(sb, f.severity().name()).append(",\"serial_number\":");
                string(sb, f.serialNumber()).append(",\"merchant_no\":");
                string(sb, f.merchantNo()).append(",\"count\":");
                (f.count() == null ? sb.append("null") : sb.append(f.count().longValue())).append(",\"first_time\":");
                time(sb, f.firstTime()).append(",\"last_time\":");
                time(sb, f.lastTime()).append(",\"detail\":");
                string(sb, f.detail()).append('}');
                if (sb.length() > (1 << 16) - 1024) {
                    w.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                    sb.setLength(0);
                }
            }
            w.write(sb.append("\n]}\n").toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static StringBuilder time(StringBuilder sb, OffsetDateTime t) {
        return t == null ? sb.append("null") : Values.appendDateTime(sb.append('"'), t).append('"');
    }

    /** ISO-8601 date-time as written in findings (seconds always, fraction only when present). */
    public static String time(OffsetDateTime t) {
        return t == null ? null : Values.formatDateTime(t);
    }

    /** Appends {@code s} as a JSON string, or null. */
    private static StringBuilder string(StringBuilder sb, String s) {
        if (s == null) {
            return sb.append("null");
        }
        sb.append('"');
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
        return sb.append('"');
    }
}
