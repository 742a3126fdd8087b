package io.posestate.exchange.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import io.posestate.exchange.Cvm;
import io.posestate.exchange.EntryMode;
import io.posestate.exchange.EstateCsv;
import io.posestate.exchange.EstateCsvWriter;
import io.posestate.exchange.Scheme;
import io.posestate.exchange.TransactionRow;
import io.posestate.exchange.TxnResult;

/**
 * Read throughput of transactions.csv (parse + validate + build rows, one thread).
 * Usage: {@code ReadBenchmark [rows (default 1000000)] [file (generated if absent)] [runs (default 3)]}, e.g.
 * {@code java -Xmx2g -cp bundles/io.posestate.exchange/target/classes io.posestate.exchange.internal.ReadBenchmark
 * 10000000 /tmp/transactions.csv 2} (a file given on the command line is kept for later runs).
 * Prints one line per run; {@link #run} also returns the best rows/s.
 */
public final class ReadBenchmark {

    private ReadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("transactions", ".csv");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        boolean missing = args.length <= 1 || !Files.exists(file) || Files.size(file) == 0;
        try {
            if (missing) {
                generate(file, rows);
            }
            run(file, runs);
        } finally {
            if (args.length <= 1) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Reads {@code file} {@code runs} times, printing each run; returns the best rows per second. */
    public static double run(Path file, int runs) throws IOException {
        double best = 0;
        long bytes = Files.size(file);
        for (int i = 1; i <= runs; i++) {
            AtomicLong valid = new AtomicLong();
            AtomicLong cents = new AtomicLong(); // uses each row, so building it cannot be optimised away
            AtomicLong rejected = new AtomicLong();
            long t0 = System.nanoTime();
            long records = EstateCsv.readTransactions(file, row -> {
                valid.incrementAndGet();
                cents.addAndGet(row.amountCents());
            }, reject -> rejected.incrementAndGet());
            double seconds = (System.nanoTime() - t0) / 1e9;
            double rate = records / seconds;
            best = Math.max(best, rate);
            System.out.printf(Locale.ROOT,
                    "run %d: %,d records (%,d valid, %,d rejected) in %.3f s = %,.0f rows/s, %.0f MB/s%n", i,
                    records, valid.get(), rejected.get(), seconds, rate, bytes / seconds / 1e6);
        }
        return best;
    }

    /** Writes a deterministic transactions.csv of {@code rows} realistic rows (every 1000th one invalid). */
    public static void generate(Path file, long rows) throws IOException {
        Scheme[] schemes = Scheme.values();
        EntryMode[] entries = EntryMode.values();
        Cvm[] cvms = Cvm.values();
        TxnResult[] results = TxnResult.values();
        OffsetDateTime start = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));
        try (EstateCsvWriter<TransactionRow> out = EstateCsvWriter.transactions(file)) {
            for (long i = 0; i < rows; i++) {
                int terminal = (int) (i * 7919 % 100_000);
                String merchantNo = String.format(Locale.ROOT, "%03d%04d%04d%04d", 102, 3100 + terminal % 40,
                        5812 + terminal % 7, terminal % 10_000);
                int region = 3100 + (terminal + (i % 50 == 0 ? 1 : 0)) % 40;
                out.write(new TransactionRow("TX" + (10_000_000_000L + i), start.plusSeconds(i * 3 + i % 7)
                        .plusNanos(i % 3 == 0 ? 250_000_000L : 0), String.format(Locale.ROOT, "SN-%08d", terminal),
                        merchantNo, i % 9 == 0 ? null : Integer.toString(region), 100 + (i * 104729) % 500_000,
                        "CNY", schemes[(int) (i % schemes.length)], entries[(int) (i % entries.length)],
                        cvms[(int) (i % cvms.length)], i % 4 == 0 ? null : "SIG" + i,
                        i % 1000 == 999 ? null : results[(int) (i % 17 % results.length)], i % 3 == 0 ? "00" : "05"));
            }
        }
    }
}
