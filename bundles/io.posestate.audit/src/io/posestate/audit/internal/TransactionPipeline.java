package io.posestate.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import io.posestate.exchange.Reject;
import io.posestate.exchange.TransactionRow;
import io.posestate.exchange.internal.TransactionFields;

/**
 * Streams transactions.csv with parsing and auditing on two threads: a parser thread reads and validates records
 * straight from the input bytes (reporting rejects), writes each valid one into the columns of a batch (numbers,
 * and the few texts a rule compares as bytes in an arena; full rows only when a rule reads rows), gives it its
 * serial index (the serial index is used by that thread only while streaming) and hands batches, in file order,
 * to the calling thread, which runs the rules. Batches are recycled, so memory stays bounded and nothing per row is
 * left for the garbage collector; on two cores the two halves of the work overlap.
 */
final class TransactionPipeline {

    /** Valid transactions of one part of the file, column by column; {@code size} rows are filled. */
    static final class Batch {
        /** The full rows, or null when no rule reads rows. */
        final TransactionRow[] rows;
        final int[] serials = new int[BATCH];
        /** Hashes of the serials while they are looked up. */
        private final int[] hashes = new int[BATCH];
        /** Rows {@code [0, indexed)} have their registered serial index (or -1) from the parser thread. */
        int indexed;
        final long[] epochSecond = new long[BATCH];
        final int[] nano = new int[BATCH];
        final int[] offset = new int[BATCH];
        final long[] localDay = new long[BATCH];
        final long[] merchant = new long[BATCH];
        final int[] region = new int[BATCH];
        final long[] amount = new long[BATCH];
        final byte[] scheme = new byte[BATCH];
        final byte[] cvm = new byte[BATCH];
        final byte[] result = new byte[BATCH];
        /** Per row, in {@link #bytes}: serial_number, then signature_ref and txn_id when a signature_ref is given. */
        final int[] serialStart = new int[BATCH];
        final int[] serialEnd = new int[BATCH];
        /** signature_ref start, or -1 when absent; it ends where txn_id starts. */
        final int[] signatureStart = new int[BATCH];
        final int[] idStart = new int[BATCH];
        final int[] idEnd = new int[BATCH];
        byte[] bytes = new byte[BATCH * 32];
        int used;
        int size;
        /** Keeps the prefetch reads from being optimized away. */
        long touched;

        Batch(boolean withRows) {
            rows = withRows ? new TransactionRow[BATCH] : null;
        }

        private void add(TransactionFields f) {
            int i = size++;
            if (rows != null) {
                rows[i] = f.row();
            }
            epochSecond[i] = f.epochSecond;
            nano[i] = f.nano;
            offset[i] = f.offsetSeconds;
            localDay[i] = f.localDay;
            merchant[i] = f.merchantNumber;
            region[i] = f.locationRegion;
            amount[i] = f.amountCents;
            scheme[i] = (byte) f.scheme.ordinal();
            cvm[i] = (byte) f.cvm.ordinal();
            result[i] = (byte) f.result.ordinal();
            int ss = f.serialStart();
            int se = f.serialEnd();
            int need = used + (se - ss);
            boolean signed = f.hasSignatureRef();
            if (signed) {
                need += f.signatureRefBytes() + f.txnIdBytes();
            }
            if (need + WORD > bytes.length) { // room for copyWords
                bytes = Arrays.copyOf(bytes, Math.max(need + WORD, bytes.length * 2));
            }
            serialStart[i] = used;
            used = copyWords(f.buffer(), ss, se, bytes, used);
            serialEnd[i] = used;
            if (signed) {
                signatureStart[i] = used;
                used = f.copySignatureRef(bytes, used);
                idStart[i] = used;
                used = f.copyTxnId(bytes, used);
                idEnd[i] = used;
            } else {
                signatureStart[i] = -1;
            }
        }

        /**
         * Copies {@code b[s, e)} to {@code dst} at {@code at} a word at a time, writing up to 7 bytes of the
         * source past the key (overwritten by the next copy; {@code dst} has room for them), where a
         * System.arraycopy call for a serial number of 8 bytes cost more than the copy; returns the end of the
         * copy.
         */
        static int copyWords(byte[] b, int s, int e, byte[] dst, int at) {
            int n = e - s;
            if (s + n + WORD > b.length) {
                System.arraycopy(b, s, dst, at, n);
                return at + n;
            }
            for (int k = 0; k < n; k += WORD) {
                LONGS.set(dst, at + k, (long) LONGS.get(b, s + k));
            }
            return at + n;
        }

        private void clear() {
            size = 0;
            used = 0;
            indexed = 0;
        }
    }

    /** Work for the calling thread's idle moments, a piece per call. */
    interface IdleWork {
        /** Does one piece; false when none is left. */
        boolean step() throws IOException;
    }

    static final int BATCH = 4096;
    private static final int WORD = Long.BYTES;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int BATCHES_IN_FLIGHT = 6;

    private TransactionPipeline() {
    }

    /**
     * @param withRows whether batches carry full rows (a rule reads them)
     * @param rejects  called on the parser thread only
     * @param serials  the registered serials (indexes 0..n-1, only read while streaming, by both threads)
     * @param unknown  serials not registered, added in order of first appearance (index n + i); calling thread only
     * @param batches  called on the calling thread with the rows in file order, in batches of at most
     *                 {@link #BATCH} (a batch is reused once the call returns)
     * @param idle     short pieces of other work the calling thread does while no batch is ready, instead of
     *                 waiting, until it returns false
     * @return the number of data records read
     */
    static long stream(Path file, boolean withRows, StringIndex serials, StringIndex unknown,
            Consumer<Reject> rejects, Consumer<Batch> batches, IdleWork idle) throws IOException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
        BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT + 2);
        for (int i = 0; i < BATCHES_IN_FLIGHT + 2; i++) {
            free.add(new Batch(withRows));
        }
        Share share = new Share();
        Thread parser = new Thread(() -> parse(file, serials, share, rejects, queue, free), "audit-parser");
        parser.setDaemon(true);
        parser.start();
        boolean idleWork = true;
        try {
            while (true) {
                Object item = queue.poll();
                if (item == null) {
                    share.consumerWaits();
                    while (idleWork && (item = queue.poll()) == null) {
                        idleWork = idle.step();
                    }
                    if (item == null) {
                        item = take(queue);
                    }
                }
                if (item instanceof Batch batch) {
                    index(batch, serials, batch.indexed, batch.size);
                    for (int i = 0; i < batch.size; i++) {
                        if (batch.serials[i] < 0) {
                            batch.serials[i] = serials.size()
                                    + unknown.add(batch.bytes, batch.serialStart[i], batch.serialEnd[i]);
                        }
                    }
                    batches.accept(batch);
                    batch.clear();
                    free.add(batch);
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

    private static void parse(Path file, StringIndex serials, Share share, Consumer<Reject> rejects,
            BlockingQueue<Object> queue, BlockingQueue<Batch> free) {
        Object last;
        try {
            Batch[] batch = { takeFree(free) };
            long records = TransactionFields.read(file, f -> {
                Batch b = batch[0];
                b.add(f);
                if (b.size == BATCH) {
                    put(queue, index(b, serials, 0, share.of(b.size)), share);
                    batch[0] = takeFree(free);
                }
            }, rejects);
            if (batch[0].size > 0) {
                put(queue, index(batch[0], serials, 0, share.of(batch[0].size)), share);
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
     * Rows per batch whose serials the parser thread looks up; the calling thread looks up the rest. It moves
     * towards the thread that waits: down when the calling thread finds no batch ready, up when the parser finds
     * the queue full, so both cores stay busy whatever else runs on them. Which thread looks up a serial does not
     * change any result.
     */
    private static final class Share {
        private static final int STEP = BATCH / 64;
        private volatile int rows = BATCH * 5 / 8;

        int of(int size) {
            return Math.min(size, rows);
        }

        void parserWaits() {
            rows = Math.min(BATCH, rows + STEP);
        }

        void consumerWaits() {
            rows = Math.max(0, rows - STEP);
        }
    }

    /**
     * Looks up the registered serial index (-1 when unknown) of rows {@code [start, end)}: for a group of rows the
     * hashes are computed, then a tight pass reads their table slots, whose independent cache misses overlap, and a
     * last pass looks them up.
     */
    private static Batch index(Batch b, StringIndex serials, int start, int end) {
        long touched = 0;
        byte[] bytes = b.bytes;
        int[] hashes = b.hashes;
        for (int from = start; from < end; from += GROUP) {
            int to = Math.min(end, from + GROUP);
            for (int i = from; i < to; i++) {
                hashes[i] = StringIndex.hash(bytes, b.serialStart[i], b.serialEnd[i]);
            }
            for (int i = from; i < to; i++) {
                touched += serials.touch(hashes[i]);
            }
            for (int i = from; i < to; i++) {
                b.serials[i] = serials.indexOf(bytes, b.serialStart[i], b.serialEnd[i], hashes[i]);
            }
        }
        b.touched += touched;
        b.indexed = end;
        return b;
    }

    private static void put(BlockingQueue<Object> queue, Object item, Share share) {
        try {
            if (!queue.offer(item)) {
                share.parserWaits();
                queue.put(item);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private static Batch takeFree(BlockingQueue<Batch> free) {
        try {
            return free.take();
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
