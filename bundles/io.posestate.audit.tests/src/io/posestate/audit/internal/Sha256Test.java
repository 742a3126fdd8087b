package io.posestate.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence's SHA-256 is the digest of the file's bytes, whatever the file's size against the mapped windows. */
class Sha256Test {

    @TempDir
    Path tmp;

    @Test
    void knownDigestOfAnEmptyFile() throws Exception {
        Path f = Files.write(tmp.resolve("empty.csv"), new byte[0]);
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", AuditEngine.sha256(f));
    }

    @Test
    void sameDigestAsTheBytesInOnePieceAcrossWindowBoundaries() throws Exception {
        byte[] bytes = new byte[3 * 4096 + 17];
        new Random(7).nextBytes(bytes);
        for (int size : new int[] { 1, 4095, 4096, 4097, 8192, bytes.length }) {
            byte[] content = Arrays.copyOf(bytes, size);
            Path f = Files.write(tmp.resolve("f" + size + ".csv"), content);
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            assertEquals(expected, AuditEngine.sha256(f, 4096), size + " bytes in 4 kB windows");
            assertEquals(expected, AuditEngine.sha256(f), size + " bytes");
        }
    }
}
