package io.posestate.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.posestate.exchange.EstateFormatException;
import io.posestate.exchange.RowOrigin;

/**
 * A byte-level RFC 4180 record scanner over UTF-8 input, written for the read hot path.
 * <p>
 * Why not commons-csv (1.14.1, in the target): measured on this machine with a generated 1M-line
 * transactions.csv (13 columns, 124 MB), its CSVParser alone reached 0.3-0.6M records/s (it decodes every char
 * through a Reader and builds a String per cell), far from the >= 2M rows/s parse+validate the streaming
 * audit needs; it also cannot give the raw text of a record for rejects.csv. This scanner keeps each record
 * contiguous in one byte buffer, so cells are validated in place (digits, dates, enums without any String),
 * raw text is a slice, and only cells that become String values are decoded (Latin-1 fast path when a record
 * is pure ASCII). Measured with {@link ReadBenchmark}: 10M rows parse+validate at 2.7-3.4M rows/s in a cold
 * JVM, 3.7-4.4M rows/s warm, one thread, -Xmx2g.
 * <p>
 * Rules: records end at LF (a CR before it is dropped; a final record needs no line end); a cell starting
 * with '"' is quoted and may hold commas, doubled quotes and line breaks; a quote inside an unquoted cell is
 * literal; text between a closing quote and the next comma or line end makes the record malformed; lines of
 * only spaces, tabs or CR are blank and skipped; a leading UTF-8 BOM is skipped; records with non-ASCII bytes
 * are checked to be valid UTF-8 (else {@link EstateFormatException}).
 */
public final class CsvScanner implements RowOrigin {

    /** A record larger than this is taken as a runaway quote rather than buffered further. */
    static final int MAX_RECORD_BYTES = 16 << 20;

    private static final int INITIAL_BUFFER = 1 << 20;

    private final InputStream in;
    private final String file;
    private byte[] buf = new byte[INITIAL_BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    /** Physical line number of the byte at {@link #pos}. */
    private long nextLine = 1;

    private long recLine;
    private int recStart;
    private int recEnd;
    private boolean recAscii;
    private String recError;
    private int fieldCount;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    /** Cells holding doubled quotes that must be unescaped when decoded (read only when {@link #recEscapes}). */
    private boolean[] escaped = new boolean[32];
    /** Whether a cell of the current record holds doubled quotes. */
    private boolean recEscapes;

    private CharsetDecoder utf8;

    public CsvScanner(InputStream in, String file) {
        this.in = in;
        this.file = file;
    }

    /** Moves to the next non-blank record; false at end of input. */
    public boolean next() throws IOException {
        if (!started) {
            started = true;
            skipBom();
        }
        while (true) {
            int p = pos;
            // blank line?
            while (p < limit && (buf[p] == ' ' || buf[p] == '\t' || buf[p] == '\r')) {
                p++;
            }
            if (p >= limit) {
                if (eof) {
                    pos = limit;
                    return false;
                }
                refill();
                continue;
            }
            if (buf[p] == '\n') {
                pos = p + 1;
                nextLine++;
                continue;
            }
            if (plainRecord() || scanRecord()) {
                return true;
            }
            refill();
        }
    }

    /** Number of cells in the current record. */
    public int fieldCount() {
        return fieldCount;
    }

    /** Why the current record's quoting is malformed, or null. */
    public String recordError() {
        return recError;
    }

    public byte[] buffer() {
        return buf;
    }

    public int start(int field) {
        return starts[field];
    }

    public int end(int field) {
        return ends[field];
    }

    public boolean isEmpty(int field) {
        return starts[field] == ends[field];
    }

    /** The cell's text (quotes removed, doubled quotes unescaped). */
    public String string(int field) {
        int s = starts[field];
        int len = ends[field] - s;
        String text = recAscii ? new String(buf, s, len, StandardCharsets.ISO_8859_1)
                : new String(buf, s, len, StandardCharsets.UTF_8);
        return recEscapes && escaped[field] ? text.replace("\"\"", "\"") : text;
    }

    /**
     * Copies the cell's UTF-8 bytes (doubled quotes unescaped, so equal texts give equal bytes) to {@code dst} at
     * {@code at}, which must have room for {@code end(field) - start(field)} bytes; returns the end of the copy.
     */
    public int copy(int field, byte[] dst, int at) {
        int s = starts[field];
        int e = ends[field];
        if (!(recEscapes && escaped[field])) {
            System.arraycopy(buf, s, dst, at, e - s);
            return at + e - s;
        }
        int d = at;
        for (int i = s; i < e; i++) {
            dst[d++] = buf[i];
            if (buf[i] == '"') {
                i++; // the second of a doubled quote
            }
        }
        return d;
    }

    /** The current record is {@code buffer()[recordStart(), recordEnd())}, the bytes {@link #raw} decodes. */
    public int recordStart() {
        return recStart;
    }

    public int recordEnd() {
        return recEnd;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public long line() {
        return recLine;
    }

    @Override
    public String raw() {
        return new String(buf, recStart, recEnd - recStart, StandardCharsets.UTF_8);
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = ~HIGH_BITS;
    private static final long COMMAS = ONES * ',';
    private static final long LFS = ONES * '\n';
    private static final long QUOTES = ONES * '"';

    /** The high bit of each zero byte of {@code v} (exact up to the first zero byte, which is all we use). */
    private static long zeroBytes(long v) {
        return (v - ONES) & ~v & HIGH_BITS;
    }

    /** The high bit of each byte of {@code v} that is zero (exact for every byte: no borrow crosses bytes). */
    private static long zeros(long v) {
        return ~(((v & LOW_BITS) + LOW_BITS) | v) & HIGH_BITS;
    }

    /** Whether some byte of {@code v} is below {@code '#'}: LF, CR, '"', a space or a control character. */
    private static boolean hasRareByte(long v) {
        return ((v - RARE_BELOW) & ~v & HIGH_BITS) != 0;
    }

    private static final long RARE_BELOW = ONES * '#';
    private static final long CRS = ONES * '\r';

    /**
     * The fast path of {@link #scanRecord}, for a record without '"' whose LF lies in the buffer at least eight
     * bytes before its end, i.e. nearly every record. It reads eight bytes at a time, gathers the commas of up to
     * eight words (64 bytes) into one mask of a bit per byte, and writes their positions without a branch per comma
     * (mispredicted branches per cell were most of the cost; writing positions word by word, 3 per word whether or
     * not it had a comma, was 40% of this method); only a word with a byte below '#' (the LF, a CR, a quote, a space)
     * takes a slower look. It returns false (state untouched) at a quote or the end of the buffer, and the general
     * scanner reads that record; a record it reads comes out exactly as from the general scanner (an unquoted cell
     * loses a CR before its separator there too).
     */
    private boolean plainRecord() throws EstateFormatException {
        final byte[] b = buf;
        final int lastWord = limit - Long.BYTES;
        int p = pos;
        int count = 0;
        long highs = 0;
        boolean cr = false;
        while (true) {
            while (count + Long.SIZE + 2 > ends.length) { // a block's commas and the cells after them, and the end
                growFields();
            }
            int block = p;
            long commas = 0; // bit i: a comma at block + i
            for (int shift = 0; shift < Long.SIZE; shift += Byte.SIZE) {
                if (p > lastWord) {
                    return false;
                }
                long w = (long) LONGS.get(b, p);
                long found = zeros(w ^ COMMAS);
                if (hasRareByte(w)) {
                    long lf = zeros(w ^ LFS);
                    long before = (lf & -lf) - 1; // the bits below the first LF (all when there is none)
                    if ((zeros(w ^ QUOTES) & before) != 0) {
                        return false;
                    }
                    cr |= (zeros(w ^ CRS) & before) != 0;
                    if (lf != 0) {
                        count = positions(commas | byteBits(found & before) << shift, block, count);
                        int end = p + (Long.numberOfTrailingZeros(lf) >>> 3);
                        ends[count] = end;
                        plainCells(count + 1, cr);
                        accept(end, end + 1, count + 1, ((highs | w & before) & HIGH_BITS) == 0, false, null, 1);
                        return true;
                    }
                }
                highs |= w;
                commas |= byteBits(found) << shift;
                p += Long.BYTES;
            }
            count = positions(commas, block, count);
        }
    }

    /** The high bits of the bytes of {@code v} (as {@link #zeros} gives them) as the low 8 bits, byte i to bit i. */
    private static long byteBits(long v) {
        return (v >>> 7) * 0x0102040810204080L >>> 56;
    }

    /**
     * Appends to {@link #ends} the positions {@code block + i} of the bits {@code i} of {@code commas}, and to
     * {@link #starts} the cells they begin (from index {@code count + 1}); returns the new count. Eight are written
     * unconditionally (a missing one as a garbage entry past the count), so a branch is
     * taken only for a block of more than eight commas.
     */
    private int positions(long commas, int block, int count) {
        int[] e = ends;
        int[] st = starts;
        int total = count + Long.bitCount(commas);
        for (int i = count; i < count + Byte.SIZE; i++) {
            int at = block + Long.numberOfTrailingZeros(commas);
            e[i] = at;
            st[i + 1] = at + 1;
            commas &= commas - 1;
        }
        for (int i = count + Byte.SIZE; commas != 0; i++) {
            int at = block + Long.numberOfTrailingZeros(commas);
            e[i] = at;
            st[i + 1] = at + 1;
            commas &= commas - 1;
        }
        return total;
    }

    /** Cells {@code [0, n)} of a plain record, the rest written by {@link #positions}: first start set, CRs dropped. */
    private void plainCells(int n, boolean cr) {
        starts[0] = pos;
        if (cr) {
            for (int i = 0; i < n; i++) {
                if (ends[i] > starts[i] && buf[ends[i] - 1] == '\r') {
                    ends[i]--;
                }
            }
        }
    }

    /**
     * Scans one record starting at {@link #pos}. Returns false (state untouched) when the buffer ends before
     * the record does and more input may follow.
     */
    private boolean scanRecord() throws IOException {
        final byte[] b = buf;
        final int lim = limit;
        int p = pos;
        int n = 0;
        int high = 0;
        int breaks = 0;
        boolean escapes = false;
        String error = null;
        int end;
        while (true) {
            if (n == starts.length) {
                growFields();
            }
            int s = p;
            boolean esc = false;
            int fs;
            int fe;
            if (p < lim && b[p] == '"') {
                p++;
                fs = p;
                while (true) {
                    if (p >= lim) {
                        if (!eof) {
                            return false;
                        }
                        error = "quoted field in column " + (n + 1) + " is not closed before the end of the file";
                        break;
                    }
                    byte c = b[p];
                    if (c == '"') {
                        if (p + 1 >= lim && !eof) {
                            return false;
                        }
                        if (p + 1 < lim && b[p + 1] == '"') {
                            esc = true;
                            p += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        breaks++;
                    }
                    high |= c;
                    p++;
                }
                fe = p;
                if (p < lim) {
                    p++; // closing quote
                }
                if (p < lim && b[p] != ',' && b[p] != '\n'
                        && !(b[p] == '\r' && (p + 1 >= lim ? eof : b[p + 1] == '\n'))) {
                    if (p + 1 >= lim && !eof) {
                        return false;
                    }
                    if (error == null) {
                        error = "text after the closing quote of column " + (n + 1);
                    }
                    while (p < lim && b[p] != ',' && b[p] != '\n') {
                        high |= b[p++];
                    }
                    if (p >= lim && !eof) {
                        return false;
                    }
                } else if (p < lim && b[p] == '\r') {
                    p++; // CR of CRLF (or final CR): the LF, if any, is handled below
                }
            } else {
                // eight bytes at a time: the first ',' or LF in a word is found with bit arithmetic
                long highs = 0;
                while (p + 8 <= lim) {
                    long w = (long) LONGS.get(b, p);
                    long stop = zeroBytes(w ^ COMMAS) | zeroBytes(w ^ LFS);
                    if (stop != 0) {
                        int k = Long.numberOfTrailingZeros(stop) >>> 3;
                        highs |= w & ((1L << (k << 3)) - 1);
                        p += k;
                        break;
                    }
                    highs |= w;
                    p += 8;
                }
                if ((highs & HIGH_BITS) != 0) {
                    high = -1;
                }
                while (p < lim) {
                    byte c = b[p];
                    if (c == ',' || c == '\n') {
                        break;
                    }
                    high |= c;
                    p++;
                }
                if (p >= lim && !eof) {
                    return false;
                }
                fs = s;
                fe = p;
                if (fe > fs && b[fe - 1] == '\r') {
                    fe--; // CR of CRLF, or a final CR at end of file
                }
            }
            starts[n] = fs;
            ends[n] = fe;
            escaped[n] = esc;
            escapes |= esc;
            n++;
            if (p >= lim) {
                end = lim;
                break;
            }
            if (b[p] == ',') {
                p++;
                if (p - pos > MAX_RECORD_BYTES) {
                    throw tooLong();
                }
                continue;
            }
            end = p; // at LF
            p++;
            breaks++;
            break;
        }
        accept(end, p, n, high >= 0, escapes, error, breaks);
        return true;
    }

    /**
     * Makes the scanned {@code n} cells the current record, which starts at {@link #pos}, ends at {@code end}
     * (before its LF) and spans {@code breaks} line ends; the next one starts at {@code next}.
     */
    private void accept(int end, int next, int n, boolean ascii, boolean escapes, String error, int breaks)
            throws EstateFormatException {
        if (end - pos > MAX_RECORD_BYTES) {
            throw tooLong();
        }
        recStart = pos;
        recEnd = end > pos && buf[end - 1] == '\r' ? end - 1 : end;
        recLine = nextLine;
        recAscii = ascii;
        recEscapes = escapes;
        recError = error;
        fieldCount = n;
        nextLine += breaks;
        pos = next;
        if (!ascii) {
            checkUtf8();
        }
    }

    private void checkUtf8() throws EstateFormatException {
        if (utf8 == null) {
            utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        ByteBuffer bytes = ByteBuffer.wrap(buf, recStart, recEnd - recStart);
        try {
            utf8.reset().decode(bytes);
        } catch (CharacterCodingException e) {
            // the decoder stops at the bad sequence: report its line and column
            int bad = bytes.position();
            long line = recLine;
            int lineStart = recStart;
            for (int i = recStart; i < bad; i++) {
                if (buf[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new EstateFormatException(file, line, String.format(
                    "invalid UTF-8 byte 0x%02X at byte %d of the line (the file must be UTF-8)",
                    buf[bad] & 0xFF, bad - lineStart + 1));
        }
    }

    private EstateFormatException tooLong() {
        return new EstateFormatException(file, nextLine, "record longer than " + (MAX_RECORD_BYTES >> 20)
                + " MB (a quoted field that is never closed?)");
    }

    private void skipBom() throws IOException {
        while (limit < 3 && !eof) {
            refill();
        }
        if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
        }
    }

    /** Keeps the unread bytes from {@link #pos}, growing the buffer if they fill it, and reads more. */
    private void refill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        } else if (limit == buf.length) {
            if (buf.length >= MAX_RECORD_BYTES) {
                throw tooLong();
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int read = in.read(buf, limit, buf.length - limit);
        if (read < 0) {
            eof = true;
        } else {
            limit += read;
        }
    }

    private void growFields() {
        int size = starts.length * 2;
        starts = Arrays.copyOf(starts, size);
        ends = Arrays.copyOf(ends, size);
        escaped = Arrays.copyOf(escaped, size);
    }
}
