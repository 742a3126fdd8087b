package io.posestate.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.posestate.exchange.internal.KeyRules;

/**
 * The cross-row rules of formats.md ("Keys and rejects"), shared by registry import and audit:
 * merchant_no is unique in merchants.csv and serial_number in terminals.csv (the first valid row with a key is
 * kept, every later row with that key is rejected), and a terminal whose merchant_no is not a known (kept)
 * merchant is rejected as "unknown merchant". Rows that fail per-row validation never claim a key.
 * Rejects are reported in file order. Also the phone_status rule "the latest row for a number wins".
 */
public final class EstateLoader {

    /** Kept merchants and terminals, keyed by merchant_no / serial_number, in file order. */
    public record LoadedEstate(Map<String, MerchantRow> merchants, Map<String, TerminalRow> terminals) {
    }

    private EstateLoader() {
    }

    /** Reads merchants.csv and terminals.csv with all key rules; terminals must reference a kept merchant. */
    public static LoadedEstate load(Path merchantsFile, Path terminalsFile, Consumer<Reject> rejects)
            throws IOException {
        Map<String, MerchantRow> merchants = loadMerchants(merchantsFile, rejects);
        Map<String, TerminalRow> terminals = loadTerminals(terminalsFile, merchants::containsKey, rejects);
        return new LoadedEstate(merchants, terminals);
    }

    /** The kept merchants of a merchants.csv, by merchant_no in file order. */
    public static Map<String, MerchantRow> loadMerchants(Path file, Consumer<Reject> rejects) throws IOException {
        Map<String, MerchantRow> kept = new LinkedHashMap<>();
        streamMerchants(file, row -> kept.put(row.merchantNo(), row), rejects);
        return kept;
    }

    /** The kept terminals of a terminals.csv, by serial_number in file order. */
    public static Map<String, TerminalRow> loadTerminals(Path file, Predicate<String> knownMerchant,
            Consumer<Reject> rejects) throws IOException {
        Map<String, TerminalRow> kept = new LinkedHashMap<>();
        streamTerminals(file, knownMerchant, row -> kept.put(row.serialNumber(), row), rejects);
        return kept;
    }

    /**
     * Streams the kept merchants (first valid row per merchant_no); later duplicates are rejected.
     *
     * @return the number of data records read
     */
    public static long streamMerchants(Path file, Consumer<MerchantRow> kept, Consumer<Reject> rejects)
            throws IOException {
        FirstKeyWins keys = new FirstKeyWins("merchant_no");
        try (InputStream in = Files.newInputStream(file)) {
            return EstateCsv.readMerchants(in, file.getFileName().toString(), (row, origin) -> {
                if (keys.claim(row.merchantNo(), origin, rejects)) {
                    kept.accept(row);
                }
            }, rejects);
        }
    }

    /**
     * Streams the kept terminals: a terminal with a merchant_no that {@code knownMerchant} does not accept is
     * rejected as unknown merchant (terminals without merchant_no are fine); then the first remaining row per
     * serial_number is kept and later ones rejected.
     *
     * @param knownMerchant whether a merchant_no names a kept merchant (e.g. the key set of
     *                      {@link #loadMerchants}, or "in this import or already in the store")
     * @return the number of data records read
     */
    public static long streamTerminals(Path file, Predicate<String> knownMerchant, Consumer<TerminalRow> kept,
            Consumer<Reject> rejects) throws IOException {
        return streamTerminals(file, knownMerchant, new HashKeyRegister(), kept, rejects);
    }

    /**
     * Remembers the line where each key was first claimed (e.g. in a caller's own index of the keys, instead of a
     * HashMap of its own).
     */
    @FunctionalInterface
    public interface KeyRegister {
        /** The line of the key's first claim, or -1 after recording {@code line} as its first claim. */
        long claim(String key, long line);
    }

    /** As {@link #streamTerminals(Path, Predicate, Consumer, Consumer)}, remembering serial numbers in {@code keys}. */
    public static long streamTerminals(Path file, Predicate<String> knownMerchant, KeyRegister register,
            Consumer<TerminalRow> kept, Consumer<Reject> rejects) throws IOException {
        FirstKeyWins keys = new FirstKeyWins("serial_number", register);
        try (InputStream in = Files.newInputStream(file)) {
            return EstateCsv.readTerminals(in, file.getFileName().toString(), (row, origin) -> {
                if (row.merchantNo() != null && !knownMerchant.test(row.merchantNo())) {
                    rejects.accept(origin.reject(KeyRules.unknownMerchant(row.merchantNo())));
                } else if (keys.claim(row.serialNumber(), origin, rejects)) {
                    kept.accept(row);
                }
            }, rejects);
        }
    }

    /**
     * The phone_status row that counts for each number: the one with the latest {@code since}; on a tie the
     * later row in the file. Numbers in order of first appearance.
     */
    public static Map<String, PhoneStatusRow> latestPhoneStatus(Path file, Consumer<Reject> rejects)
            throws IOException {
        Map<String, PhoneStatusRow> latest = new LinkedHashMap<>();
        EstateCsv.readPhoneStatus(file, row -> latest.merge(row.phone(), row,
                (earlier, later) -> later.since().isBefore(earlier.since()) ? earlier : later), rejects);
        return latest;
    }

    /** Keys and their first lines in a HashMap. */
    private static final class HashKeyRegister implements KeyRegister {
        private final Map<String, Long> firstLine = new HashMap<>();

        @Override
        public long claim(String key, long line) {
            Long first = firstLine.putIfAbsent(key, line);
            return first == null ? -1 : first;
        }
    }

    /** Remembers the line of the first row per key and rejects later rows with the same key. */
    private static final class FirstKeyWins {
        private final String column;
        private final KeyRegister register;

        FirstKeyWins(String column) {
            this(column, new HashKeyRegister());
        }

        FirstKeyWins(String column, KeyRegister register) {
            this.column = column;
            this.register = register;
        }

        boolean claim(String key, RowOrigin origin, Consumer<Reject> rejects) {
            long first = register.claim(key, origin.line());
            if (first < 0) {
                return true;
            }
            rejects.accept(origin.reject(KeyRules.duplicate(column, key, first)));
            return false;
        }
    }
}
