package io.posestate.audit.api;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import io.posestate.exchange.Scheme;

/**
 * Thresholds the rules apply. Defaults are those of formats.md: no-verification limit 1000.00 for every scheme,
 * region and currency; dormant after more than 90 days (WARNING) and more than 365 days (CRITICAL); failure
 * spike at 20 or more transactions a day of which at least half failed.
 * <p>
 * No-verification limits are looked up most specific first: scheme and region, any scheme in the region, the
 * scheme in any region, then the default.
 */
public final class AuditPolicy {

    public static final long DEFAULT_LIMIT_CENTS = 1000_00;

    private final long defaultLimitCents;
    private final Map<String, Long> limits;
    private final int dormantWarningDays;
    private final int dormantCriticalDays;
    private final int spikeMinTransactions;
    private final BigDecimal spikeFailedShare;

    private AuditPolicy(Builder b) {
        defaultLimitCents = b.defaultLimitCents;
        limits = Map.copyOf(b.limits);
        dormantWarningDays = b.dormantWarningDays;
        dormantCriticalDays = b.dormantCriticalDays;
        spikeMinTransactions = b.spikeMinTransactions;
        spikeFailedShare = b.spikeFailedShare;
    }

    public static AuditPolicy defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The no-verification limit in cents for a scheme and region (region may be null). */
    public long limitCents(Scheme scheme, String region) {
        Long v = null;
        if (region != null) {
            v = limits.get(key(scheme, region));
            if (v == null) {
                v = limits.get(key(null, region));
            }
        }
        if (v == null) {
            v = limits.get(key(scheme, null));
        }
        return v == null ? defaultLimitCents : v;
    }

    public long defaultLimitCents() {
        return defaultLimitCents;
    }

    /** The specific limits, keyed {@code SCHEME/REGION} with {@code *} for any, in cents. */
    public Map<String, Long> limits() {
        return limits;
    }

    /** A terminal idle MORE than this many days is dormant (WARNING). */
    public int dormantWarningDays() {
        return dormantWarningDays;
    }

    /** A terminal idle MORE than this many days is dormant (CRITICAL). */
    public int dormantCriticalDays() {
        return dormantCriticalDays;
    }

    /** A day needs AT LEAST this many transactions to be a failure spike. */
    public int spikeMinTransactions() {
        return spikeMinTransactions;
    }

    /** AT LEAST this share of a day's transactions must have FAILED (0..1). */
    public BigDecimal spikeFailedShare() {
        return spikeFailedShare;
    }

    /** Whether {@code failed} of {@code total} reaches the failed share, exactly (no floating point). */
    public boolean failedShareReached(long failed, long total) {
        return BigDecimal.valueOf(failed).compareTo(spikeFailedShare.multiply(BigDecimal.valueOf(total))) >= 0;
    }

    static String key(Scheme scheme, String region) {
        return (scheme == null ? "*" : scheme.name()) + "/" + (region == null ? "*" : region);
    }

    @Override
    public String toString() {
        return "no-verification limit " + BigDecimal.valueOf(defaultLimitCents, 2) + " (specific: "
                + describeLimits() + "); dormant > " + dormantWarningDays + " days WARNING, > " + dormantCriticalDays
                + " days CRITICAL; failure spike >= " + spikeMinTransactions + " transactions/day with >= "
                + spikeFailedShare.toPlainString() + " failed";
    }

    private String describeLimits() {
        if (limits.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        limits.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.getKey()).append('=').append(BigDecimal.valueOf(e.getValue(), 2));
        });
        return sb.toString();
    }

    public static final class Builder {
        private long defaultLimitCents = DEFAULT_LIMIT_CENTS;
        private final Map<String, Long> limits = new HashMap<>();
        private int dormantWarningDays = 90;
        private int dormantCriticalDays = 365;
        private int spikeMinTransactions = 20;
        private BigDecimal spikeFailedShare = new BigDecimal("0.5");

        private Builder() {
        }

        public Builder defaultLimitCents(long cents) {
            defaultLimitCents = nonNegative(cents, "default limit");
            return this;
        }

        /** A limit for a scheme and/or region; null means any. */
        public Builder limitCents(Scheme scheme, String region, long cents) {
            limits.put(key(scheme, region), nonNegative(cents, "limit"));
            return this;
        }

        public Builder dormantDays(int warning, int critical) {
            if (warning < 0 || critical < warning) {
                throw new IllegalArgumentException("dormancy days need 0 <= warning <= critical, not " + warning
                        + " and " + critical);
            }
            dormantWarningDays = warning;
            dormantCriticalDays = critical;
            return this;
        }

        public Builder spike(int minTransactions, BigDecimal failedShare) {
            Objects.requireNonNull(failedShare, "failedShare");
            if (minTransactions < 1 || failedShare.signum() < 0 || failedShare.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("failure spike needs at least 1 transaction and a share in 0..1, not "
                        + minTransactions + " and " + failedShare);
            }
            spikeMinTransactions = minTransactions;
            spikeFailedShare = failedShare;
            return this;
        }

        public AuditPolicy build() {
            return new AuditPolicy(this);
        }

        private static long nonNegative(long v, String what) {
            if (v < 0) {
                throw new IllegalArgumentException(what + " must not be negative");
            }
            return v;
        }
    }
}
