package io.posestate.registry.internal.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

import io.posestate.exchange.ConnectionType;
import io.posestate.exchange.EstateCsvWriter;
import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.MerchantStatus;
import io.posestate.exchange.TerminalRow;
import io.posestate.exchange.TerminalState;

/**
 * Deterministic synthetic estate for benchmarks: the same counts always give the same files. Serial numbers
 * are a permutation of the terminal index, so the file is not in key order (as real exports are not).
 */
public final class EstateGenerator {
    static final String[] REGIONS = {"1100", "1200", "1300", "2100", "2200", "3100", "3200", "3300", "3400", "3500",
        "3700", "4100", "4200", "4300", "4400", "4500", "5000", "5100", "5300", "6100"};
    static final String[] MCCS = {"5411", "5812", "5814", "5311", "5912", "5999", "7011", "4121", "5541", "5732"};
    static final String[][] VENDOR_MODELS = {{"PAX", "A920", "A80", "S920"}, {"Newland", "N910", "ME51"},
        {"Sunmi", "P2", "V2s", "T2"}, {"Verifone", "V240m", "X990"}, {"Ingenico", "Move5000", "Desk3500"}};
    private static final long SERIAL_MULTIPLIER = 48_271L; // coprime with 10^9: a permutation of 0..10^9-1
    private static final long SERIAL_SPACE = 1_000_000_000L;

    private EstateGenerator() {
    }

    /** The merchant number of merchant {@code i}: 3-digit institution, region, MCC, 4-digit sequence. */
    public static String merchantNo(int i) {
        int block = i / 10_000;
        String region = REGIONS[block % REGIONS.length];
        String mcc = MCCS[block / REGIONS.length % MCCS.length];
        int institution = 100 + block / (REGIONS.length * MCCS.length);
        return String.format("%03d%s%s%04d", institution, region, mcc, i % 10_000);
    }

    /** The serial number of terminal {@code i} (unique for i below 10^9). */
    public static String serial(int i) {
        return String.format("SN%09d", (i * SERIAL_MULTIPLIER + 12_345) % SERIAL_SPACE);
    }

    /** Writes {@code merchants.csv} and {@code terminals.csv} into {@code dir}. */
    public static void write(Path dir, int merchants, int terminals) throws IOException {
        SplittableRandom random = new SplittableRandom(20261123L);
        try (EstateCsvWriter<MerchantRow> w = EstateCsvWriter.merchants(dir.resolve("merchants.csv"))) {
            for (int i = 0; i < merchants; i++) {
                String no = merchantNo(i);
                String phone = String.format("138%08d", i);
                w.write(new MerchantRow(no, "商户 Merchant " + i, no.substring(7, 11), no.substring(3, 7),
                        "ACQ" + no.substring(0, 3), String.format("6222%012d", i), phone,
                        i % 2 == 0 ? String.format("139%08d", i) : null, i % 3 == 0 ? "m" + i + "@example.com" : null,
                        "Street " + i, i % 50 == 0 ? MerchantStatus.SUSPENDED : MerchantStatus.ACTIVE));
            }
        }
        TerminalState[] states = TerminalState.values();
        LocalDate base = LocalDate.of(2020, 1, 1);
        try (EstateCsvWriter<TerminalRow> w = EstateCsvWriter.terminals(dir.resolve("terminals.csv"))) {
            for (int i = 0; i < terminals; i++) {
                String[] vm = VENDOR_MODELS[random.nextInt(VENDOR_MODELS.length)];
                String model = vm[1 + random.nextInt(vm.length - 1)];
                int pick = random.nextInt(100);
                TerminalState state = pick < 70 ? TerminalState.ACTIVE : pick < 80 ? TerminalState.IN_STOCK
                        : states[random.nextInt(states.length)];
                String merchantNo = null;
                String region = null;
                LocalDate activated = null;
                if (state != TerminalState.IN_STOCK && merchants > 0) {
                    merchantNo = merchantNo(random.nextInt(merchants));
                    region = merchantNo.substring(3, 7);
                    activated = base.plusDays(random.nextInt(2_000));
                }
                if (state == TerminalState.ACTIVE && merchantNo == null) {
                    state = TerminalState.IN_STOCK;
                }
                w.write(new TerminalRow(serial(i), vm[0], model,
                        ConnectionType.values()[random.nextInt(ConnectionType.values().length)],
                        "V" + (1 + random.nextInt(3)) + "." + random.nextInt(10), merchantNo, state, region,
                        activated));
            }
        }
    }
}
