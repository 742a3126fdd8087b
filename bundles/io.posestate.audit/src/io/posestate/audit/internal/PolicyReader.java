package io.posestate.audit.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.posestate.audit.api.AuditPolicy;
import io.posestate.exchange.Scheme;

/**
 * Reads an audit policy file: UTF-8 text, one {@code key = value} per line, {@code #} starts a comment line,
 * blank lines are ignored, keys not given keep the formats.md defaults. Keys:
 * <pre>
 * limit.default = 1000.00          # no-verification limit for every scheme and region
 * limit.VISA = 500.00              # for one scheme, any region
 * limit.*.4401 = 800.00            # for any scheme in region 4401
 * limit.VISA.4401 = 300.00         # for one scheme in one region (most specific wins)
 * dormant.warning.days = 90        # dormant when idle MORE than this many days (WARNING)
 * dormant.critical.days = 365      # ... and CRITICAL beyond this
 * spike.min.transactions = 20      # a failure-spike day has AT LEAST this many transactions
 * spike.failed.share = 0.5         # ... of which AT LEAST this share FAILED
 * </pre>
 * Amounts are written like transaction amounts (digits, optional point, up to two decimals). Any other key or a
 * malformed value is an error naming the file, line and reason.
 */
public final class PolicyReader {

    private PolicyReader() {
    }

    public static AuditPolicy read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        AuditPolicy.Builder b = AuditPolicy.builder();
        Integer warn = null;
        Integer crit = null;
        Integer spikeMin = null;
        BigDecimal spikeShare = null;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (n == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw error(file, n, "expected key = value, found \"" + line + "\"");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            try {
                switch (key) {
                    case "limit.default" -> b.defaultLimitCents(cents(value));
                    case "dormant.warning.days" -> warn = Integer.valueOf(days(value));
                    case "dormant.critical.days" -> crit = Integer.valueOf(days(value));
                    case "spike.min.transactions" -> spikeMin = Integer.valueOf(days(value));
                    case "spike.failed.share" -> spikeShare = share(value);
                    default -> {
                        if (!key.startsWith("limit.")) {
                            throw new IllegalArgumentException("unknown key \"" + key + "\"");
                        }
                        limit(b, key, value);
                    }
                }
            } catch (IllegalArgumentException e) {
                throw error(file, n, e.getMessage());
            }
        }
        AuditPolicy defaults = AuditPolicy.defaults();
        try {
            b.dormantDays(warn != null ? warn : defaults.dormantWarningDays(),
                    crit != null ? crit : defaults.dormantCriticalDays());
            b.spike(spikeMin != null ? spikeMin : defaults.spikeMinTransactions(),
                    spikeShare != null ? spikeShare : defaults.spikeFailedShare());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage());
        }
        return b.build();
    }

    private static void limit(AuditPolicy.Builder b, String key, String value) {
        String[] parts = key.split("\\.", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("expected limit.SCHEME or limit.SCHEME.REGION, not \"" + key + "\"");
        }
        Scheme scheme = null;
        if (!parts[1].equals("*")) {
            try {
                scheme = Scheme.valueOf(parts[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown scheme \"" + parts[1] + "\" in \"" + key + "\"");
            }
        }
        String region = null;
        if (parts.length == 3) {
            region = parts[2];
            if (!region.matches("[0-9]{4}")) {
                throw new IllegalArgumentException("region \"" + region + "\" in \"" + key + "\" is not 4 digits");
            }
        } else if (scheme == null) {
            throw new IllegalArgumentException("\"" + key + "\": use limit.default for every scheme");
        }
        b.limitCents(scheme, region, cents(value));
    }

    static long cents(String v) {
        if (!v.matches("[0-9]{1,16}(\\.[0-9]{1,2})?")) {
            throw new IllegalArgumentException("amount \"" + v + "\" is not digits with up to two decimals");
        }
        return new BigDecimal(v).movePointRight(2).longValueExact();
    }

    private static int days(String v) {
        if (!v.matches("[0-9]{1,6}")) {
            throw new IllegalArgumentException("\"" + v + "\" is not a whole number");
        }
        return Integer.parseInt(v);
    }

    private static BigDecimal share(String v) {
        if (!v.matches("[0-9](\\.[0-9]+)?")) {
            throw new IllegalArgumentException("share \"" + v + "\" is not a decimal between 0 and 1");
        }
        return new BigDecimal(v);
    }

    private static IOException error(Path file, int line, String reason) {
        return new IOException(file + " line " + line + ": " + reason);
    }
}
