package io.posestate.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

import io.posestate.exchange.Reject;

/**
 * The cross-row rules of formats.md "Keys and rejects" for merchants and terminals read as fields (the audit's
 * registry load), and their reject reasons, shared with {@code EstateLoader}.
 */
public final class KeyRules {

    private KeyRules() {
    }

    /** Remembers where each key given as bytes was first claimed. */
    @FunctionalInterface
    public interface ByteKeyRegister {
        /** The line of the key {@code b[s, e)}'s first claim, or -1 after recording {@code line} as its first. */
        long claim(byte[] b, int s, int e, long line);

        /**
         * Reads the memory {@link #claim} will read for the keys {@code b[starts[k], ends[k])}, {@code k < n}, and
         * returns a value depending on it: called for a group of keys before they are claimed in turn, the loads
         * overlap instead of waiting one after another.
         */
        default long touch(byte[] b, int[] starts, int[] ends, int n) {
            return 0;
        }
    }

    /** Remembers where each number (a key of a fixed number of digits) was first claimed. */
    @FunctionalInterface
    public interface NumberRegister {
        /** The line of {@code number}'s first claim, or -1 after recording {@code line} as its first. */
        long claim(long number, long line);
    }

    /** A set of numbers looked up for a group of keys at once (see {@link ByteKeyRegister#touch}). */
    @FunctionalInterface
    public interface NumberSet {
        boolean contains(long number);

        /** Reads the memory {@link #contains} will read for {@code numbers[0, n)}; returns a value depending on it. */
        default long touch(long[] numbers, int n) {
            return 0;
        }
    }

    /** The reject reason of a terminal whose merchant_no names no kept merchant. */
    public static String unknownMerchant(String merchantNo) {
        return "unknown merchant: no kept merchant has merchant_no \"" + merchantNo + "\"";
    }

    /** The reject reason of a row whose key was claimed by an earlier row. */
    public static String duplicate(String column, String key, long firstLine) {
        return "duplicate " + column + " \"" + key + "\" (first kept at line " + firstLine + ")";
    }

    /**
     * Streams the kept merchants of merchants.csv as {@code EstateLoader.streamMerchants} does (the first valid row
     * per merchant_no kept), as fields. merchant_no is exactly 15 digits in a valid row, so its number is the key.
     *
     * @return the number of data records read
     */
    public static long streamMerchants(Path file, NumberRegister register, Consumer<MerchantFields> kept,
            Consumer<Reject> rejects) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return MerchantFields.read(in, file.getFileName().toString(), (f, origin) -> {
                long first = register.claim(f.merchantNumber, origin.line());
                if (first < 0) {
                    kept.accept(f);
                } else {
                    rejects.accept(origin.reject(duplicate("merchant_no", f.merchantNo(), first)));
                }
            }, rejects);
        }
    }

    /**
     * Streams the kept terminals of terminals.csv as {@code EstateLoader.streamTerminals} does (unknown merchants
     * rejected first, then the first remaining row per serial_number kept), as groups of records: each group's
     * merchant numbers and serials are touched before its records are decided in file order.
     *
     * @param knownMerchants the merchant numbers of the kept merchants
     * @param kept           receives each kept terminal as a group and its index there (valid during the call)
     * @return the number of data records read
     */
    public static long streamTerminals(Path file, NumberSet knownMerchants, ByteKeyRegister register,
            ObjIntConsumer<TerminalGroup> kept, Consumer<Reject> rejects) throws IOException {
        String name = file.getFileName().toString();
        TerminalGroup group = new TerminalGroup(name);
        Runnable decide = () -> decide(group, knownMerchants, register, kept, rejects);
        long records;
        try (InputStream in = Files.newInputStream(file)) {
            records = TerminalFields.read(in, name, (f, origin) -> {
                if (group.add(f, origin)) {
                    decide.run();
                }
            }, r -> {
                if (group.add(r)) {
                    decide.run();
                }
            });
        } catch (IOException e) {
            decide.run(); // the records read before the file turned out unreadable, as when read row by row
            throw e;
        }
        decide.run();
        return records;
    }

    /** Applies the key rules to a group's records in file order, then empties it. */
    private static void decide(TerminalGroup g, NumberSet knownMerchants, ByteKeyRegister register,
            ObjIntConsumer<TerminalGroup> kept, Consumer<Reject> rejects) {
        int n = g.size();
        byte[] b = g.bytes();
        g.touched = knownMerchants.touch(g.merchantNumber, n) + register.touch(b, g.serialStart, g.serialEnd, n);
        for (int k = 0; k < n; k++) {
            if (!g.valid(k)) {
                rejects.accept(g.rowReject(k));
                continue;
            }
            long merchant = g.merchantNumber(k);
            if (merchant != TerminalFields.NO_MERCHANT && !knownMerchants.contains(merchant)) {
                rejects.accept(g.reject(k, unknownMerchant(g.merchantNo(k))));
                continue;
            }
            long first = register.claim(b, g.serialStart(k), g.serialEnd(k), g.line(k));
            if (first < 0) {
                kept.accept(g, k);
            } else {
                rejects.accept(g.reject(k, duplicate("serial_number", g.serialNumber(k), first)));
            }
        }
        g.clear();
    }
}
