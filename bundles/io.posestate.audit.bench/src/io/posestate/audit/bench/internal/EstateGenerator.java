package io.posestate.audit.bench.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Writes a deterministic estate (same sizes and seed give the same bytes): merchants (one per 3 terminals),
 * terminals, licensed acquirers, phone statuses and transactions, all valid per formats.md, with every rule
 * firing somewhere: code jumps, relocations, unsigned amounts, reused signatures, silent (dormant) terminals,
 * failure bursts, cancelled phones, an unlicensed acquirer and unknown serials. Transaction times are unique
 * (one second apart, in +08:00, Z or -05:00), so first/last times never tie.
 */
public final class EstateGenerator {

    /** The first transaction's instant: 2026-01-01T00:00:00Z. */
    static final long START = 1_767_225_600L;
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private static final String[] REGIONS = { "1100", "3100", "4401", "4403", "3301", "5101", "4201", "3201", "6101",
            "1200", "5000", "3700", "4100", "2101", "3501", "4301", "5301", "2201", "3601", "4501" };
    private static final String[] MCCS = { "5812", "5411", "5999", "5311", "5541", "5912", "7011", "4121", "5732",
            "5651" };
    private static final String[] VENDORS = { "PAX", "Newland", "Sunmi", "Verifone", "Ingenico" };
    private static final String[] MODELS = { "A920", "N910", "P2", "V200c", "Move5000" };
    private static final String[] CONNECTIONS = { "BLUETOOTH", "CELLULAR", "WIFI", "ETHERNET", "DIALUP" };
    private static final String[] SCHEMES = { "UNIONPAY", "VISA", "MASTERCARD", "JCB", "AMEX", "OTHER" };
    private static final String[] ENTRIES = { "CHIP", "CONTACTLESS", "SWIPE", "QR", "MANUAL" };
    private static final String[] OFFSETS = { "+08:00", "+08:00", "+08:00", "+08:00", "+08:00", "+08:00", "+08:00",
            "+08:00", "Z", "-05:00" };
    private static final int[] OFFSET_SECONDS = { 28800, 28800, 28800, 28800, 28800, 28800, 28800, 28800, 0, -18000 };

    private final int terminals;
    private final long transactions;
    private final int merchants;

    public EstateGenerator(int terminals, long transactions) {
        this.terminals = terminals;
        this.transactions = transactions;
        this.merchants = Math.max(1, terminals / 3);
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        writeMerchants(dir.resolve("merchants.csv"));
        writeTerminals(dir.resolve("terminals.csv"));
        try (Out o = new Out(dir.resolve("licensed_acquirers.csv"))) {
            o.line("acquirer_code,name,license_no");
            for (int a = 101; a <= 109; a++) {
                o.line(a + ",Acquirer " + a + ",Z20" + a + "0001");
            }
        }
        writePhoneStatus(dir.resolve("phone_status.csv"));
        writeTransactions(dir.resolve("transactions.csv"));
    }

    static String merchantNo(int i) {
        // acquirer 101..110 (110 unlicensed), region and MCC from the index, 4-digit sequence
        return (101 + i % 10) + REGIONS[i % 20] + MCCS[(i / 20) % 10] + pad(i / 200 % 10000, 4);
    }

    static String phone(int i) {
        return "138" + pad(i, 8);
    }

    private void writeMerchants(Path file) throws IOException {
        SplittableRandom r = new SplittableRandom(1);
        try (Out o = new Out(file)) {
            o.line("merchant_no,name,mcc,region,acquirer_code,settlement_account,phone,backup_phone,email,address,status");
            for (int i = 0; i < merchants; i++) {
                String no = merchantNo(i);
                o.line(no + ",Merchant " + i + "," + no.substring(7, 11) + "," + no.substring(3, 7) + ","
                        + no.substring(0, 3) + ",6222" + pad(i, 12) + "," + phone(i) + ","
                        + (r.nextInt(2) == 0 ? "139" + pad(i, 8) : "") + "," + (r.nextInt(10) < 3 ? "m" + i + "@shop.cn" : "")
                        + ",Road " + i + ",ACTIVE");
            }
        }
    }

    /** Terminal i is bound to merchant i % merchants; every 50th is in stock, every 33rd never transacts. */
    private void writeTerminals(Path file) throws IOException {
        SplittableRandom r = new SplittableRandom(2);
        try (Out o = new Out(file)) {
            o.line("serial_number,vendor,model,connection,firmware,merchant_no,state,deployed_region,activated_at");
            for (int i = 0; i < terminals; i++) {
                int v = r.nextInt(5);
                StringBuilder sb = new StringBuilder(96).append(serial(i)).append(',').append(VENDORS[v]).append(',')
                        .append(MODELS[v]).append(',').append(CONNECTIONS[r.nextInt(5)]).append(",1.").append(v)
                        .append(',');
                if (inStock(i)) {
                    sb.append(",IN_STOCK,,");
                } else {
                    int m = i % merchants;
                    sb.append(merchantNo(m)).append(',').append(i % 97 == 0 ? "SUSPENDED" : "ACTIVE").append(',')
                            .append(REGIONS[m % 20]).append(',')
                            .append(LocalDate.of(2024, 1, 1).plusDays(r.nextInt(800)));
                }
                o.line(sb);
            }
        }
    }

    static String serial(int i) {
        return "T" + pad(i, 7);
    }

    static boolean inStock(int i) {
        return i % 50 == 49;
    }

    static boolean silent(int i) {
        return i % 33 == 0;
    }

    private void writePhoneStatus(Path file) throws IOException {
        SplittableRandom r = new SplittableRandom(3);
        String[] sources = { "CARRIER", "SMS_RECEIPT", "ANALYST" };
        try (Out o = new Out(file)) {
            o.line("phone,status,since,source");
            int n = Math.min(merchants, 5000);
            for (int k = 0; k < n; k++) {
                int m = (int) ((long) k * 7919 % merchants);
                LocalDate since = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(400));
                o.line(phone(m) + "," + (r.nextInt(10) < 7 ? "CANCELLED" : "ACTIVE") + "," + since + ","
                        + sources[r.nextInt(3)]);
                if (r.nextInt(10) < 3) {
                    o.line(phone(m) + "," + (r.nextInt(2) == 0 ? "CANCELLED" : "ACTIVE") + ","
                            + since.plusDays(1 + r.nextInt(30)) + "," + sources[r.nextInt(3)]);
                }
            }
        }
    }

    private void writeTransactions(Path file) throws IOException {
        SplittableRandom r = new SplittableRandom(4);
        try (Out o = new Out(file)) {
            o.line("txn_id,time,serial_number,merchant_no,location_region,amount,currency,scheme,entry,cvm,"
                    + "signature_ref,result,response_code");
            StringBuilder sb = new StringBuilder(160);
            int burstLeft = 0;
            int burstTerminal = 0;
            for (long i = 0; i < transactions; i++) {
                sb.setLength(0);
                int t;
                boolean unknown = false;
                boolean inBurst = true; // 25 transactions in 25 seconds from one terminal, 60% failed
                if (burstLeft > 0) {
                    burstLeft--;
                    t = burstTerminal;
                } else if (i % 40_000 == 39_999) {
                    burstLeft = 24;
                    t = burstTerminal = activeTerminal(r);
                } else if (r.nextInt(1000) == 0) {
                    inBurst = false;
                    unknown = true;
                    t = r.nextInt(5000);
                } else {
                    inBurst = false;
                    t = activeTerminal(r);
                }
                int oi = inBurst ? 0 : r.nextInt(10); // a burst stays in +08:00: one local day
                long sec = START + i;
                LocalDateTime local = LocalDateTime.ofEpochSecond(sec, 0, ZoneOffset.ofTotalSeconds(OFFSET_SECONDS[oi]));
                sb.append('X').append(i).append(',');
                appendTime(sb, local).append(OFFSETS[oi]).append(',');
                sb.append(unknown ? "U" + pad(t, 6) : serial(t)).append(',');
                int m = t % merchants;
                int jump = r.nextInt(1000);
                String reported = jump == 0 ? merchantNo((m + 200) % merchants) // same region and MCC
                        : jump == 1 ? merchantNo((m + 1) % merchants) : merchantNo(m);
                sb.append(reported).append(',');
                int reg = r.nextInt(1000);
                if (reg < 700) {
                    sb.append(reg < 3 ? REGIONS[(m + 1) % 20] : REGIONS[m % 20]);
                }
                sb.append(',');
                long cents = r.nextInt(100) < 96 ? r.nextInt(100_000) : r.nextInt(500_000);
                sb.append(cents / 100).append('.').append(pad((int) (cents % 100), 2)).append(",CNY,")
                        .append(SCHEMES[r.nextInt(6)]).append(',').append(ENTRIES[r.nextInt(5)]).append(',');
                int cvm = r.nextInt(10);
                if (cvm < 4) {
                    sb.append("PIN,,");
                } else if (cvm < 6) {
                    // a signature ref of its own, or now and then one used a little earlier (a duplicate)
                    sb.append("SIGNATURE,S").append(r.nextInt(2000) == 0 && i > 1000 ? i - 1 - r.nextInt(1000) : i)
                            .append(',');
                } else if (cvm < 9) {
                    sb.append("CDCVM,,");
                } else {
                    sb.append("NONE,,");
                }
                int res = r.nextInt(100);
                String result;
                if (inBurst) {
                    result = res < 60 ? "FAILED,96" : "DECLINED,05";
                } else {
                    result = res < 85 ? "APPROVED,00" : res < 93 ? "DECLINED,05" : res < 98 ? "FAILED,96" : "REVERSED,00";
                }
                sb.append(result);
                o.line(sb);
            }
        }
    }

    /** A terminal that transacts: not in stock and not silent. */
    private int activeTerminal(SplittableRandom r) {
        while (true) {
            int t = r.nextInt(terminals);
            if (!inStock(t) && !silent(t)) {
                return t;
            }
        }
    }

    private static StringBuilder appendTime(StringBuilder sb, LocalDateTime t) {
        sb.append(t.getYear()).append('-');
        pad2(sb, t.getMonthValue()).append('-');
        pad2(sb, t.getDayOfMonth()).append('T');
        pad2(sb, t.getHour()).append(':');
        pad2(sb, t.getMinute()).append(':');
        return pad2(sb, t.getSecond());
    }

    private static StringBuilder pad2(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        return sb.append(v);
    }

    static String pad(long v, int width) {
        String s = Long.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** ASCII line output. */
    private static final class Out implements AutoCloseable {
        private final OutputStream out;

        Out(Path file) throws IOException {
            out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
        }

        void line(CharSequence s) throws IOException {
            out.write(s.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
