package io.posestate.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * A regular file read through read-only memory mappings of successive windows: each read is one copy from the
 * page cache into the caller's array, where a stream over a file channel makes two (the kernel's into a direct
 * buffer, then that into the array). Measured on the 1.08 GB transactions.csv: about 0.1 s less CPU per read.
 * The mappings are released by the garbage collector, as the JDK offers no other way.
 */
final class MappedFileInput extends InputStream {

    private static final long WINDOW = 64L << 20;

    private final FileChannel channel;
    private final long windowBytes;
    private final long size;
    private long mapped;
    private ByteBuffer window = ByteBuffer.allocate(0);

    /** Maps {@code windowBytes} at a time (tests use small windows). */
    MappedFileInput(FileChannel channel, long windowBytes) throws IOException {
        this.channel = channel;
        this.windowBytes = windowBytes;
        this.size = channel.size();
    }

    /** The file mapped if it is a regular file, else an ordinary stream (a pipe or device cannot be mapped). */
    static InputStream open(Path file) throws IOException {
        return Files.isRegularFile(file) ? new MappedFileInput(FileChannel.open(file, StandardOpenOption.READ), WINDOW)
                : Files.newInputStream(file);
    }

    @Override
    public int read() throws IOException {
        return nextWindow() ? window.get() & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (!nextWindow()) {
            return -1;
        }
        int n = Math.min(len, window.remaining());
        window.get(b, off, n);
        return n;
    }

    /** Whether there are bytes to read, mapping the next window when the current one is used up. */
    private boolean nextWindow() throws IOException {
        if (window.hasRemaining()) {
            return true;
        }
        if (mapped >= size) {
            return false;
        }
        long length = Math.min(windowBytes, size - mapped);
        window = channel.map(FileChannel.MapMode.READ_ONLY, mapped, length);
        mapped += length;
        return true;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
