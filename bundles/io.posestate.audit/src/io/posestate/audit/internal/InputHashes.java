package io.posestate.audit.internal;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of the input files, hashed a piece at a time: {@link #step} is what the rules' thread does while it waits
 * for the parser (it waits for about a third of the stream on two cores), and {@link #finish} hashes what is left.
 * Hashing the inputs takes about 0.9 s of a core for a 1 GB transactions.csv; on a thread of its own it ran during
 * the registry load and took a third of the core the load runs on. One thread at a time may call a method; a
 * caller handing over to another thread (an executor) makes the calls happen one after the other.
 */
final class InputHashes implements AutoCloseable {

    /** Bytes per {@link #step}: about 0.2 ms at SHA-NI speed, well under the time the parser takes for a batch. */
    static final int PIECE = 256 << 10;

    /** The files are read through read-only mappings of this many bytes at a time. */
    static final long WINDOW = 64L << 20;

    private final List<Path> files;
    private final long window;
    private final List<String> digests = new ArrayList<>();
    private final MessageDigest md;
    private FileChannel channel;
    private long size;
    /** The mapping of {@code [mapped, mapped + its capacity)}, or null. */
    private MappedByteBuffer mapping;
    private long mapped;
    private long at;

    InputHashes(List<Path> files) {
        this(files, WINDOW);
    }

    /** @param window bytes per mapping (tests use small ones) */
    InputHashes(List<Path> files, long window) {
        this.files = List.copyOf(files);
        this.window = window;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hashes the next piece of at most {@link #PIECE} bytes; false once every file is hashed. */
    boolean step() throws IOException {
        if (digests.size() == files.size()) {
            return false;
        }
        if (channel == null) {
            channel = FileChannel.open(files.get(digests.size()), StandardOpenOption.READ);
            size = channel.size();
            at = 0;
        }
        if (at == size) {
            digests.add(HexFormat.of().formatHex(md.digest()));
            close();
            return digests.size() < files.size();
        }
        if (mapping == null || at == mapped + mapping.capacity()) {
            mapped = at;
            mapping = channel.map(FileChannel.MapMode.READ_ONLY, at, Math.min(window, size - at));
        }
        int from = (int) (at - mapped);
        int n = (int) Math.min(PIECE, mapping.capacity() - from);
        md.update(mapping.limit(from + n).position(from));
        at += n;
        return true;
    }

    /** Hashes what is left, then closes; the digests in hex, in the order of the files. */
    List<String> finish() throws IOException {
        try (this) {
            while (step()) {
                // next piece
            }
            return List.copyOf(digests);
        }
    }

    /**
     * Closes the file being hashed (its mapping is released by the garbage collector, as the JDK offers no other
     * way).
     */
    @Override
    public void close() throws IOException {
        mapping = null;
        if (channel != null) {
            FileChannel c = channel;
            channel = null;
            c.close();
        }
    }
}
