package io.posestate.audit.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import io.posestate.audit.api.Finding;
import io.posestate.exchange.internal.CsvOutput;
import io.posestate.exchange.internal.Utf8Output;

/** Sorting and writing findings: findings.csv exactly per formats.md, and findings.json. */
public final class FindingsOutput {

    /** formats.md column order. */
    public static final List<String> COLUMNS = List.of("rule", "severity", "serial_number", "merchant_no", "count",
            "first_time", "last_time", "detail");

    /**
     * formats.md order: rule, serial_number, merchant_no, first_time (empty first, times by instant); then, to be
     * deterministic, last_time and detail.
     */
    public static final Comparator<Finding> ORDER = new Order();

    /** Findings per part of findings.csv and findings.json: parts are encoded in parallel and written in order. */
    static final int PART = 4096;
    /** Parts encoded or being encoded ahead of the one written next, which bounds the buffers in use. */
    private static final int AHEAD = 8;
    /** A part's buffer to start with: a findings.json line is about 260 bytes (a findings.csv one 150). */
    private static final int PART_BYTES = 300 * PART;

    private FindingsOutput() {
    }

    /**
     * Writes findings.csv and findings.json: parts of {@link #PART} findings are encoded into byte buffers by tasks on
     * {@code pool} (a part of each file in turn, a few ahead) and written to the files in order by the calling
     * thread. The two files spread over every core instead of each keeping one thread busy, the longer one last. The
     * buffers are reused once written.
     */
    public static void write(List<Finding> findings, String asOf, Path csv, Path json, ExecutorService pool)
            throws IOException {
        int parts = Math.max(1, (findings.size() + PART - 1) / PART);
        Queue<Utf8Output> free = new ConcurrentLinkedQueue<>();
        Deque<Future<Utf8Output>> encoding = new ArrayDeque<>();
        try (OutputStream csvOut = Files.newOutputStream(csv); OutputStream jsonOut = Files.newOutputStream(json)) {
            for (int task = 0; task < 2 * parts + AHEAD; task++) {
                if (task < 2 * parts) {
                    int part = task / 2;
                    boolean ofCsv = task % 2 == 0;
                    encoding.add(pool.submit(() -> {
                        Utf8Output buffer = free.poll();
                        Utf8Output out = buffer != null ? buffer : new Utf8Output(PART_BYTES);
                        if (ofCsv) {
                            csvPart(findings, part, out);
                        } else {
                            jsonPart(findings, asOf, part, out);
                        }
                        return out;
                    }));
                }
                if (task >= AHEAD) {
                    Utf8Output bytes = encoded(encoding.poll());
                    bytes.writeTo((task - AHEAD) % 2 == 0 ? csvOut : jsonOut);
                    free.add(bytes);
                }
            }
        } finally {
            encoding.forEach(f -> f.cancel(true));
        }
    }

    /** Part {@code part} of findings.csv (the header first) into {@code bytes}. */
    private static void csvPart(List<Finding> findings, int part, Utf8Output bytes) throws IOException {
        int from = part * PART;
        int to = Math.min(findings.size(), from + PART);
        CsvOutput out = new CsvOutput(bytes);
        if (part == 0) {
            out.header(COLUMNS);
        }
        for (int i = from; i < to; i++) {
            Finding f = findings.get(i);
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

    /**
     * Part {@code part} of findings.json, {@code {"as_of": ..., "count": n, "findings": [{column: value or null,
     * ...}]}} with the CSV's names (the head in the first part, the end in the last) into {@code out}.
     */
    private static void jsonPart(List<Finding> findings, String asOf, int part, Utf8Output out) throws IOException {
        int from = part * PART;
        int to = Math.min(findings.size(), from + PART);
        if (part == 0) {
            out.text("{\"as_of\":").jsonString(asOf).text(",\"count\":").number(findings.size())
                    .text(",\"findings\":[");
            out.endLine();
        }
        for (int i = from; i < to; i++) {
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
        if (to == findings.size()) {
            out.text("]}").endLine();
        }
    }

    private static Utf8Output encoded(Future<Utf8Output> part) throws IOException {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the findings");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException("encoding the findings failed", e.getCause());
        }
    }

    /**
     * {@link #ORDER} written out in one class: a chain of {@code Comparator.comparing} lambdas is a tree of calls
     * through interfaces that the JIT compiles per call shape and sort, and it makes an {@code Instant} per time.
     */
    private static final class Order implements Comparator<Finding> {
        @Override
        public int compare(Finding a, Finding b) {
            int c = a.rule() == b.rule() ? 0 : a.rule().compareTo(b.rule()); // one rule's findings share its id
            if (c == 0) {
                c = text(a.serialNumber(), b.serialNumber());
            }
            if (c == 0) {
                c = text(a.merchantNo(), b.merchantNo());
            }
            if (c == 0) {
                c = time(a.firstTime(), b.firstTime());
            }
            if (c == 0) {
                c = time(a.lastTime(), b.lastTime());
            }
            return c != 0 ? c : text(a.detail(), b.detail());
        }

        /** Absent first. */
        private static int text(String a, String b) {
            if (a == null || b == null) {
                return a == b ? 0 : a == null ? -1 : 1;
            }
            return a.compareTo(b);
        }

        /** Absent first, then by instant, then by offset. */
        private static int time(OffsetDateTime a, OffsetDateTime b) {
            if (a == null || b == null) {
                return a == b ? 0 : a == null ? -1 : 1;
            }
            int c = Long.compare(a.toEpochSecond(), b.toEpochSecond());
            if (c == 0) {
                c = Integer.compare(a.getNano(), b.getNano());
            }
            return c != 0 ? c : Integer.compare(a.getOffset().getTotalSeconds(), b.getOffset().getTotalSeconds());
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
