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
import io.posestate.audit.internal.Prefetching;
import io.posestate.audit.internal.Spans;
import io.posestate.audit.internal.StringIndex;

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
    public RuleRun start(AuditContext context) {
        return new Run(context);
    }

    private static final class Run implements RuleRun, Prefetching {
        private final AuditContext context;
        private final StringIndex signatures = new StringIndex(1 << 16);
        private final StringIndex merchants = new StringIndex(1 << 12);
        private final Spans spans = new Spans(1 << 16);
        /** Per signature: its first txn_id (in an arena of chars, no String kept), or -1 once a second was seen. */
        private int[] firstIdStart = new int[1 << 16];
        private int[] firstIdLength = new int[1 << 16];
        private char[] ids = new char[1 << 20];
        private int idsUsed;
        private int[] earliestSerial = new int[1 << 16];
        private int[] earliestMerchant = new int[1 << 16];

        Run(AuditContext context) {
            this.context = context;
        }

        @Override
        public long prefetch(AuditedTransaction t) {
            String ref = t.row().signatureRef();
            return ref == null ? 0 : signatures.touch(ref);
        }

        @Override
        public void accept(AuditedTransaction t) {
            String ref = t.row().signatureRef();
            if (ref == null) {
                return;
            }
            int before = signatures.size();
            int i = signatures.add(ref);
            if (i >= firstIdStart.length) {
                int n = firstIdStart.length * 2;
                firstIdStart = Arrays.copyOf(firstIdStart, n);
                firstIdLength = Arrays.copyOf(firstIdLength, n);
                earliestSerial = Arrays.copyOf(earliestSerial, n);
                earliestMerchant = Arrays.copyOf(earliestMerchant, n);
            }
            String id = t.row().txnId();
            if (i == before) {
                if (idsUsed + id.length() > ids.length) {
                    ids = Arrays.copyOf(ids, Math.max(ids.length * 2, idsUsed + id.length()));
                }
                id.getChars(0, id.length(), ids, idsUsed);
                firstIdStart[i] = idsUsed;
                firstIdLength[i] = id.length();
                idsUsed += id.length();
            } else if (firstIdStart[i] >= 0 && !sameId(i, id)) {
                firstIdStart[i] = -1; // two distinct txn_id: a duplicate
            }
            if (spans.isEarliest(i, t)) {
                earliestSerial[i] = t.serialIndex();
                earliestMerchant[i] = merchants.add(t.row().merchantNo());
            }
            spans.add(i, t);
        }

        private boolean sameId(int i, String id) {
            int start = firstIdStart[i];
            if (firstIdLength[i] != id.length()) {
                return false;
            }
            for (int k = 0; k < id.length(); k++) {
                if (ids[start + k] != id.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void finish(FindingSink sink) {
            for (int i = 0; i < signatures.size(); i++) {
                if (firstIdStart[i] < 0) {
                    int n = spans.count(i);
                    sink.add(new Finding(ID, Severity.CRITICAL, context.serialAt(earliestSerial[i]),
                            merchants.get(earliestMerchant[i]), (long) n, spans.first(i), spans.last(i),
                            "signature_ref " + signatures.get(i) + " on " + n
                                    + " transactions with more than one txn_id"));
                }
            }
        }
    }
}
