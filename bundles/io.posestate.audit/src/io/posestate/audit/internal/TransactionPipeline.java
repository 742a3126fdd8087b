package io.posestate.audit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import io.posestate.exchange.EstateCsv;
import io.posestate.exchange.Reject;
import io.posestate.exchange.TransactionRow;

/**
 * Streams transactions.csv with parsing and auditing on two threads: a parser thread reads and validates rows
 * (and reports rejects), gives each row its serial index (the serial index is used by that thread only while
 * streaming) and hands them in batches, in file order, to the calling thread, which runs the rules. Memory stays
 * bounded (a few batches in flight); on two cores the two halves of the work overlap.
 */
final class TransactionPipeline {

    /** Rows of one batch with their serial indexes; {@code size} rows are filled. */
    static final class Batch {
        final TransactionRow[] rows = new TransactionRow[BATCH];
        final int[] serials = new int[BATCH];
        int size;
        /** Keeps the prefetch reads from being optimized away. */
        long touched;
    }

    static final int BATCH = 4096;
    private static final int BATCHES_IN_FLIGHT = 8;

    private TransactionPipeline() {
    }

    /**
     * @param rejects called on the parser thread only
     * @param serials the serial index (owned by the parser thread until this method returns)
     * @param batches called on the calling thread with the rows in file order, in batches of at most
     *                {@link #BATCH} (a batch is not reused)
     * @return the number of data records read
     */
    static long stream(Path file, StringIndex serials, Consumer<Reject> rejects, Consumer<Batch> batches)
            throws IOException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
        Thread parser = new Thread(() -> parse(file, serials, rejects, queue), "audit-parser");
        parser.setDaemon(true);
        parser.start();
        try {
            while (true) {
                Object item = take(queue);
                if (item instanceof Batch batch) {
                    batches.accept(batch);
                } else if (item instanceof Long records) {
                    return records;
                } else if (item instanceof IOException e) {
                    throw e;
                } else if (item instanceof RuntimeException e) {
                    throw e;
                } else {
                    throw new IllegalStateException("transaction parser failed", (Throwable) item);
                }
            }
        } finally {
            parser.interrupt(); // if we stop early the parser may wait on a full queue
        }
    }

    private static void parse(Path file, StringIndex serials, Consumer<Reject> rejects, BlockingQueue<Object> queue) {
        Object last;
        try (InputStream in = Files.newInputStream(file)) {
            Batch[] batch = { new Batch() };
            long records = EstateCsv.readTransactions(in, file.getFileName().toString(), (row, origin) -> {
                Batch b = batch[0];
                b.rows[b.size++] = row;
                if (b.size == BATCH) {
                    put(queue, index(b, serials));
                    batch[0] = new Batch();
                }
            }, rejects);
            if (batch[0].size > 0) {
                put(queue, index(batch[0], serials));
            }
            last = records;
        } catch (UncheckedIOException e) {
            last = e.getCause();
        } catch (IOException | RuntimeException | Error e) {
            last = e;
        }
        if (!(last instanceof Stopped)) {
            try {
                queue.put(last);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Rows per pass of {@link #index}: their table lines stay in cache between the two passes. */
    private static final int GROUP = 256;

    /**
     * Looks up (adding when new, in file order) the serial of every row: a first pass reads the table slots of a
     * group of rows, whose independent cache misses overlap, a second adds them.
     */
    private static Batch index(Batch b, StringIndex serials) {
        long touched = 0;
        for (int from = 0; from < b.size; from += GROUP) {
            int to = Math.min(b.size, from + GROUP);
            for (int i = from; i < to; i++) {
                touched += serials.touch(b.rows[i].serialNumber());
            }
            for (int i = from; i < to; i++) {
                b.serials[i] = serials.add(b.rows[i].serialNumber());
            }
        }
        b.touched = touched;
        return b;
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private static Object take(BlockingQueue<Object> queue) throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading transactions", e);
        }
    }

    /** The consumer stopped: the parser just ends. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }
}
