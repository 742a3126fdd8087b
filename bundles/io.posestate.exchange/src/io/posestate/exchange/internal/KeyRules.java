package io.posestate.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.LongPredicate;

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
     * per merchant_no kept), as fields.
     *
     * @return the number of data records read
     */
    public static long streamMerchants(Path file, ByteKeyRegister register, Consumer<MerchantFields> kept,
            Consumer<Reject> rejects) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return MerchantFields.read(in, file.getFileName().toString(), (f, origin) -> {
                long first = register.claim(f.buffer(), f.merchantNoStart(), f.merchantNoEnd(), origin.line());
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
     * rejected first, then the first remaining row per serial_number kept), as fields.
     *
     * @param knownMerchant whether a merchant number names a kept merchant
     * @return the number of data records read
     */
    public static long streamTerminals(Path file, LongPredicate knownMerchant, ByteKeyRegister register,
            Consumer<TerminalFields> kept, Consumer<Reject> rejects) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return TerminalFields.read(in, file.getFileName().toString(), (f, origin) -> {
                if (f.merchantNumber != TerminalFields.NO_MERCHANT && !knownMerchant.test(f.merchantNumber)) {
                    rejects.accept(origin.reject(unknownMerchant(f.merchantNo())));
                    return;
                }
                long first = register.claim(f.buffer(), f.serialStart(), f.serialEnd(), origin.line());
                if (first < 0) {
                    kept.accept(f);
                } else {
                    rejects.accept(origin.reject(duplicate("serial_number", f.serialNumber(), first)));
                }
            }, rejects);
        }
    }
}
