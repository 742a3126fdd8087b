package io.posestate.audit.internal;

import java.util.Arrays;

import io.posestate.exchange.internal.KeyRules;

/**
 * The register of claimed keys of a registry file (formats.md "Keys and rejects"): the keys get dense indexes in a
 * {@link StringIndex} (the index then serves the audit, e.g. serial indexes) and the line of each first claim is
 * kept beside it; no map of its own, no second pass.
 */
final class FirstLines implements KeyRules.ByteKeyRegister {

    private final StringIndex keys;
    private long[] lines;
    private int[] hashes = new int[0];

    /** @param expected about how many keys will be claimed (the lines grow when there are more) */
    FirstLines(StringIndex keys, int expected) {
        this.keys = keys;
        this.lines = new long[Math.max(16, expected)];
    }

    /** The hashes first, then the loads: a loop of loads alone keeps many of them in flight at once. */
    @Override
    public long touch(byte[] b, int[] starts, int[] ends, int n) {
        if (hashes.length < n) {
            hashes = new int[n];
        }
        for (int k = 0; k < n; k++) {
            hashes[k] = StringIndex.hash(b, starts[k], ends[k]);
        }
        long touched = 0;
        for (int k = 0; k < n; k++) {
            touched += keys.touch(hashes[k]);
        }
        return touched;
    }

    @Override
    public long claim(byte[] b, int s, int e, long line) {
        int before = keys.size();
        int i = keys.add(b, s, e);
        if (i < before) {
            return lines[i];
        }
        if (i == lines.length) {
            lines = Arrays.copyOf(lines, 2 * i);
        }
        lines[i] = line;
        return -1;
    }
}
