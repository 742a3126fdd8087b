package io.posestate.exchange.internal;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * Text put as UTF-8 straight into a byte buffer that goes to a stream some 64 KB at a time, or that is kept in memory
 * to be written later (a part of a file encoded on another thread), with the two escapings the outputs need (CSV
 * cells, JSON strings): no String, char[] or encoder per line or value. Characters are encoded as
 * {@code String.getBytes(UTF_8)} does (an unpaired surrogate becomes '?'), so the bytes are those of the text
 * encoded as a whole.
 */
public final class Utf8Output implements Closeable, Flushable {

    private static final int FLUSH_AT = 1 << 16;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** ASCII characters that end a plain run, per escaping. */
    private static final boolean[] PLAIN = new boolean[0x80];
    private static final boolean[] CSV_SPECIAL = new boolean[0x80];
    private static final boolean[] JSON_ESCAPED = new boolean[0x80];

    static {
        for (char c : new char[] { ',', '"', '\n', '\r' }) {
            CSV_SPECIAL[c] = true;
        }
        Arrays.fill(JSON_ESCAPED, 0, 0x20, true);
        JSON_ESCAPED['"'] = true;
        JSON_ESCAPED['\\'] = true;
    }

    /** Where the buffer goes; null when the text is kept in memory. */
    private final OutputStream out;
    private byte[] buf;
    private int n;

    public Utf8Output(OutputStream stream) {
        out = stream;
        buf = new byte[FLUSH_AT + 4096];
    }

    /** Text kept in memory, in a buffer of {@code capacity} bytes that grows as needed, until {@link #writeTo}. */
    public Utf8Output(int capacity) {
        out = null;
        buf = new byte[Math.max(16, capacity)];
    }

    /** One ASCII character. */
    public Utf8Output ascii(char c) throws IOException {
        ensure(1);
        buf[n++] = (byte) c;
        return this;
    }

    /** Bytes as they are, e.g. ASCII constants encoded once. */
    public Utf8Output bytes(byte[] utf8) throws IOException {
        ensure(utf8.length);
        System.arraycopy(utf8, 0, buf, n, utf8.length);
        n += utf8.length;
        return this;
    }

    /** Text as it is (no escaping). */
    public Utf8Output text(String s) throws IOException {
        ensure(3 * s.length());
        put(s, PLAIN);
        return this;
    }

    public Utf8Output number(long v) throws IOException {
        if (v == Long.MIN_VALUE) {
            return text(Long.toString(v));
        }
        ensure(20);
        if (v < 0) {
            buf[n++] = '-';
            v = -v;
        }
        int end = n + digits(v);
        for (int i = end - 1; i >= n; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        n = end;
        return this;
    }

    /** {@link Values#formatDateTime the written form} of {@code t}. */
    public Utf8Output dateTime(OffsetDateTime t) throws IOException {
        ensure(Values.DATE_TIME_MAX_LENGTH);
        n = Values.putDateTime(buf, n, t);
        return this;
    }

    /**
     * A CSV value (RFC 4180): quoted, quotes doubled, when it holds a comma, a quote or a line break, or only blanks
     * (a line of one such cell would read as a blank line); as it is otherwise.
     */
    public Utf8Output csvValue(String s) throws IOException {
        int len = s.length();
        ensure(3 * len + 2); // a quote doubled is 2 bytes, any other char at most 3: no flush within the value
        int start = n;
        if (!put(s, CSV_SPECIAL) || len > 0 && Character.isWhitespace(s.charAt(0)) && s.isBlank()) {
            quote(s, start);
        }
        return this;
    }

    /**
     * Quotes value {@code s} written from {@code start} on, its quotes doubled ('"' is one UTF-8 byte, in no other
     * character): moved up in place from its end, the room was ensured for the value.
     */
    private void quote(String s, int start) {
        if (s.indexOf('"') < 0) { // most quoted values hold a comma: they move up one byte as a whole
            System.arraycopy(buf, start, buf, start + 1, n - start);
            buf[start] = '"';
            buf[n + 1] = '"';
            n += 2;
            return;
        }
        int quotes = 0;
        for (int i = start; i < n; i++) {
            if (buf[i] == '"') {
                quotes++;
            }
        }
        int end = n + quotes + 2;
        int to = end - 1;
        buf[to--] = '"';
        for (int from = n - 1; from >= start; from--) {
            byte v = buf[from];
            buf[to--] = v;
            if (v == '"') {
                buf[to--] = '"';
            }
        }
        buf[start] = '"';
        n = end;
    }

    /** A JSON string in quotes ({@code "}, {@code \} and control characters escaped), or {@code null}. */
    public Utf8Output jsonString(String s) throws IOException {
        if (s == null) {
            return text("null");
        }
        int len = s.length();
        ensure(6 * len + 2);
        buf[n++] = '"';
        for (int i = 0; (i = plainRun(s, i, JSON_ESCAPED)) < len;) {
            char c = s.charAt(i);
            if (c < 0x80) {
                escape(c);
                i++;
            } else {
                i = encode(s, i);
            }
        }
        buf[n++] = '"';
        return this;
    }

    /** {@code "}, {@code \} or a control character escaped for JSON. */
    private void escape(char c) {
        buf[n++] = '\\';
        switch (c) {
            case '"' -> buf[n++] = '"';
            case '\\' -> buf[n++] = '\\';
            case '\n' -> buf[n++] = 'n';
            case '\r' -> buf[n++] = 'r';
            case '\t' -> buf[n++] = 't';
            default -> {
                buf[n++] = 'u';
                buf[n++] = '0';
                buf[n++] = '0';
                buf[n++] = HEX[c >> 4];
                buf[n++] = HEX[c & 0xf];
            }
        }
    }

    /** Ends a line with LF; the buffer goes to the stream once it holds 64 KB. */
    public void endLine() throws IOException {
        ensure(1);
        buf[n++] = '\n';
        if (n >= FLUSH_AT && out != null) {
            drain();
        }
    }

    /** Writes the text kept in memory to {@code stream} and empties the buffer (keeping its size) for reuse. */
    public void writeTo(OutputStream stream) throws IOException {
        stream.write(buf, 0, n);
        n = 0;
    }

    @Override
    public void flush() throws IOException {
        if (out != null) {
            drain();
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            try (out) {
                drain();
            }
        }
    }

    /** Puts {@code s}; returns whether it holds none of the ASCII characters marked in {@code stop}. */
    private boolean put(String s, boolean[] stop) {
        boolean none = true;
        for (int i = 0; (i = plainRun(s, i, stop)) < s.length();) {
            char c = s.charAt(i);
            if (c < 0x80) {
                none = false;
                buf[n++] = (byte) c;
                i++;
            } else {
                i = encode(s, i);
            }
        }
        return none;
    }

    /**
     * Puts the characters of {@code s} from {@code i} on while they are ASCII and not marked in {@code stop}; returns
     * the index of the first one that is not (or the length). The loop nearly all text goes through.
     */
    private int plainRun(String s, int i, boolean[] stop) {
        byte[] b = buf;
        int p = n;
        int len = s.length();
        for (char c; i < len && (c = s.charAt(i)) < 0x80 && !stop[c]; i++) {
            b[p++] = (byte) c;
        }
        n = p;
        return i;
    }

    /** Puts the non-ASCII character at {@code i} (with its low surrogate when a pair); returns the next index. */
    private int encode(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x800) {
            buf[n++] = (byte) (0xc0 | c >> 6);
            buf[n++] = (byte) (0x80 | c & 0x3f);
            return i + 1;
        }
        if (!Character.isSurrogate(c)) {
            buf[n++] = (byte) (0xe0 | c >> 12);
            buf[n++] = (byte) (0x80 | c >> 6 & 0x3f);
            buf[n++] = (byte) (0x80 | c & 0x3f);
            return i + 1;
        }
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(i + 1));
            buf[n++] = (byte) (0xf0 | cp >> 18);
            buf[n++] = (byte) (0x80 | cp >> 12 & 0x3f);
            buf[n++] = (byte) (0x80 | cp >> 6 & 0x3f);
            buf[n++] = (byte) (0x80 | cp & 0x3f);
            return i + 2;
        }
        buf[n++] = '?';
        return i + 1;
    }

    /**
     * Room for {@code bytes} more: the buffer is written out first when it has less (it grows instead when kept in
     * memory), and grows for a long value.
     */
    private void ensure(int bytes) throws IOException {
        if (buf.length - n >= bytes) {
            return;
        }
        if (out == null) {
            buf = Arrays.copyOf(buf, Math.max(2 * buf.length, n + bytes));
            return;
        }
        drain();
        if (buf.length < bytes) {
            buf = new byte[bytes];
        }
    }

    private void drain() throws IOException {
        out.write(buf, 0, n);
        n = 0;
    }

    private static int digits(long v) {
        int d = 1;
        for (long limit = 10; d < 19 && v >= limit; limit *= 10) {
            d++;
        }
        return d;
    }
}
