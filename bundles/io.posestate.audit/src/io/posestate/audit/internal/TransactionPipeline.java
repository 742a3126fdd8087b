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
 * (and reports rejects) and hands them in batches, in file order, to the calling thread, which runs the rules.
 * Memory stays bounded (a few batches in flight); on two cores this nearly halves the time of one pass.
 */
final class TransactionPipeline {

    static final int BATCH = 4096;
    private static final int BATCHES_IN_FLIGHT = 8;

    private TransactionPipeline() {
    }

    /**
     * @param rejects called on the parser thread only
     * @param batches called on the calling thread with the rows in file order, in batches of at most
     *                {@link #BATCH} (a batch's array may end in nulls; it is not reused)
     * @return the number of data records read
     */
    static long stream(Path file, Consumer<Reject> rejects, Consumer<TransactionRow[]> batches) throws IOException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
        Thread parser = new Thread(() -> parse(file, rejects, queue), "audit-parser");
        parser.setDaemon(true);
        parser.start();
        try {
            while (true) {
                Object item = take(queue);
                if (item instanceof TransactionRow[] batch) {
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

    private static void parse(Path file, Consumer<Reject> rejects, BlockingQueue<Object> queue) {
        Object last;
        try (InputStream in = Files.newInputStream(file)) {
            TransactionRow[][] batch = { new TransactionRow[BATCH] };
            int[] n = { 0 };
            long records = EstateCsv.readTransactions(in, file.getFileName().toString(), (row, origin) -> {
                batch[0][n[0]++] = row;
                if (n[0] == BATCH) {
                    put(queue, batch[0]);
                    batch[0] = new TransactionRow[BATCH];
                    n[0] = 0;
                }
            }, rejects);
            if (n[0] > 0) {
                put(queue, batch[0]);
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
