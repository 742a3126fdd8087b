package io.posestate.audit.internal.rules;

import java.util.Arrays;

import org.osgi.service.component.annotations.Component;

import io.posestate.audit.api.AuditContext;
import io.posestate.audit.api.AuditRule;
import io.posestate.audit.api.AuditedTransaction;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.FindingSink;
import io.posestate.audit.api.RuleRun;
import io.posestate.audit.api.Severity;
import io.posestate.audit.internal.EstateContext;
import io.posestate.audit.internal.GroupRun;
import io.posestate.audit.internal.Spans;
import io.posestate.audit.internal.StringIndex;
import io.posestate.audit.internal.TerminalFacts;
import io.posestate.audit.internal.Txn;

/**
 * DUPLICATE_SIGNATURE: a signature_ref on two or more distinct txn_id (any result, any terminal). One finding
 * per signature_ref; count = all transactions carrying it; serial_number and merchant_no (as reported) of the
 * earliest of them (first in the file on equal times). CRITICAL.
 */
@Component(service = AuditRule.class)
public final class DuplicateSignatureRule implements AuditRule {

    public static final String ID = "DUPLICATE_SIGNATURE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "One signature reference recorded on two or more distinct transactions";
    }

    @Override
    public boolean readsRows() {
        return false;
    }

    @Override
    public RuleRun start(AuditContext context) {
        return new Run(context);
    }

    /** Rows read before the tables are sized for the whole file. */
    private static final int SAMPLE = 1 << 16;

    private static final class Run implements GroupRun {
        private final AuditContext context;
        private final StringIndex signatures;
        private final Spans spans;
        /** Per signature: its first txn_id (UTF-8 bytes in an arena), or start -1 once a second was seen. */
        private int[] firstIdStart;
        private int[] firstIdLength;
        private byte[] ids = new byte[1 << 20];
        private int idsUsed;
        private int[] earliestSerial;
        private long[] earliestMerchant;

        /** Rows seen, and those with a signature_ref, until the tables are sized from them ({@link #reserve}). */
        private long rows;
        private long signedRows;
        private boolean reserved;

        Run(AuditContext context) {
            this.context = context;
            int initial = 1 << 16;
            signatures = new StringIndex(initial);
            spans = new Spans(initial);
            firstIdStart = new int[initial];
            firstIdLength = new int[initial];
            earliestSerial = new int[initial];
            earliestMerchant = new long[initial];
        }

        /** The rows of the group at hand that carry a signature_ref, and the hashes of their signatures. */
        private int[] signed = new int[0];
        private int[] hashes = new int[0];

        /**
         * The signatures of a group are hashed, then their table slots read in a tight loop, whose independent cache
         * misses overlap (with the hashing in the same loop, few were in flight: 110 ns a signature), then added.
         */
        @Override
        public long accept(Txn t, int from, int to) {
            if (!reserved && rows >= SAMPLE) {
                reserve();
            }
            if (signed.length < to - from) {
                signed = new int[to - from];
                hashes = new int[to - from];
            }
            int n = 0;
            for (int row = from; row < to; row++) {
                t.at(row);
                int s = t.signatureStart();
                if (s >= 0) {
                    signed[n] = row;
                    hashes[n++] = StringIndex.hash(t.bytes(), s, t.idStart());
                }
            }
            long sum = 0;
            for (int k = 0; k < n; k++) {
                sum += signatures.touch(hashes[k]);
            }
            for (int k = 0; k < n; k++) {
                t.at(signed[k]);
                add(t, t.signatureStart(), hashes[k]);
            }
            rows += to - from;
            signedRows += n;
            return sum;
        }

        /**
         * Sizes the tables once for the signatures the whole file is expected to hold, from the share of rows with
         * one so far: 2M signatures grown from a guess took 265 MB of copies while streaming. They still grow if
         * there are more.
         */
        private void reserve() {
            reserved = true;
            long expected = EstateContext.expectedTransactions(context);
            if (signedRows == 0 || expected <= rows) {
                return;
            }
            int n = (int) Math.min(1 << 27, expected * signedRows / rows * 17 / 16 + 1024);
            if (n <= firstIdStart.length) {
                return;
            }
            signatures.reserve(n);
            spans.reserve(n);
            resizeColumns(n);
            int distinct = signatures.size();
            long idBytes = distinct == 0 ? 0 : (long) idsUsed * n / distinct + n;
            if (idBytes > ids.length) {
                ids = Arrays.copyOf(ids, (int) Math.min(Integer.MAX_VALUE - 8, idBytes));
            }
        }

        /** Makes the per-signature columns {@code n} long. */
        private void resizeColumns(int n) {
            firstIdStart = Arrays.copyOf(firstIdStart, n);
            firstIdLength = Arrays.copyOf(firstIdLength, n);
            earliestSerial = Arrays.copyOf(earliestSerial, n);
            earliestMerchant = Arrays.copyOf(earliestMerchant, n);
        }

        @Override
        public void accept(AuditedTransaction a) {
            Txn t = (Txn) a;
            int s = t.signatureStart();
            if (s >= 0) {
                add(t, s, StringIndex.hash(t.bytes(), s, t.idStart()));
            }
        }

        /** Counts the transaction's signature, {@code [s, idStart())} of its bytes with this hash. */
        private void add(Txn t, int s, int hash) {
            byte[] b = t.bytes();
            int before = signatures.size();
            int i = signatures.add(b, s, t.idStart(), hash);
            if (i >= firstIdStart.length) {
                resizeColumns(firstIdStart.length * 2);
            }
            int idStart = t.idStart();
            int idLength = t.idEnd() - idStart;
            if (i == before) {
                if (idsUsed + idLength > ids.length) {
                    ids = Arrays.copyOf(ids, Math.max(ids.length * 2, idsUsed + idLength));
                }
                System.arraycopy(b, idStart, ids, idsUsed, idLength);
                firstIdStart[i] = idsUsed;
                firstIdLength[i] = idLength;
                idsUsed += idLength;
            } else if (firstIdStart[i] >= 0 && !Arrays.equals(ids, firstIdStart[i],
                    firstIdStart[i] + firstIdLength[i], b, idStart, idStart + idLength)) {
                firstIdStart[i] = -1; // two distinct txn_id: a duplicate
            }
            if (spans.isEarliest(i, t)) {
                earliestSerial[i] = t.serialIndex();
                earliestMerchant[i] = t.merchantNumber();
            }
            spans.add(i, t);
        }

        @Override
        public void finish(FindingSink sink) {
            for (int i = 0; i < signatures.size(); i++) {
                if (firstIdStart[i] < 0) {
                    sink.add(finding(i));
                }
            }
            release();
        }

        /**
         * Drops the tables once the findings are made (230 MB at 10M transactions). The run and its index are made
         * before the stream, so a young collection while streaming moves them to the old generation, and a young
         * collection keeps whatever an old object points to, dead or not: the tables, grown while streaming, were
         * copied to the old generation by the collection during the outputs.
         */
        private void release() {
            signatures.clear();
            spans.clear();
            firstIdStart = firstIdLength = earliestSerial = null;
            earliestMerchant = null;
            ids = null;
        }

        /** Out of line: a few of millions of signatures, kept out of the loop the JIT compiles on-stack. */
        private Finding finding(int i) {
            int n = spans.count(i);
            return new Finding(ID, Severity.CRITICAL, context.serialAt(earliestSerial[i]),
                    TerminalFacts.merchantNo(earliestMerchant[i]), (long) n, spans.first(i), spans.last(i),
                    new StringBuilder(96).append("signature_ref ").append(signatures.get(i)).append(" on ").append(n)
                            .append(" transactions with more than one txn_id").toString());
        }
    }
}
