package io.posestate.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence's SHA-256 is the digest of each file's bytes, whatever the file's size against the mapped windows
 * and however the hashing is split into steps and a finish.
 */
class InputHashesTest {

    @TempDir
    Path tmp;

    @Test
    void knownDigestOfAnEmptyFile() throws Exception {
        Path f = Files.write(tmp.resolve("empty.csv"), new byte[0]);
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                sha256(f, InputHashes.WINDOW));
    }

    @Test
    void sameDigestAsTheBytesInOnePieceAcrossWindowBoundaries() throws Exception {
        byte[] bytes = new byte[3 * 4096 + 17];
        new Random(7).nextBytes(bytes);
        for (int size : new int[] { 1, 4095, 4096, 4097, 8192, bytes.length }) {
            byte[] content = Arrays.copyOf(bytes, size);
            Path f = Files.write(tmp.resolve("f" + size + ".csv"), content);
            String expected = digest(content);
            assertEquals(expected, sha256(f, 4096), size + " bytes in 4 kB windows");
            assertEquals(expected, sha256(f, InputHashes.WINDOW), size + " bytes");
        }
    }

    @Test
    void stepsThenFinishGiveEachFilesDigestInOrder() throws Exception {
        Random random = new Random(11);
        List<Path> files = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        int[] sizes = { InputHashes.PIECE * 2 + 5, 0, 100, InputHashes.PIECE, 3 };
        for (int i = 0; i < sizes.length; i++) {
            byte[] content = new byte[sizes[i]];
            random.nextBytes(content);
            files.add(Files.write(tmp.resolve("in" + i + ".csv"), content));
            expected.add(digest(content));
        }
        for (int steps = 0; steps <= 12; steps++) {
            InputHashes hashes = new InputHashes(files, InputHashes.PIECE + 4096);
            for (int k = 0; k < steps; k++) {
                hashes.step();
            }
            assertEquals(expected, hashes.finish(), "after " + steps + " steps");
        }
        InputHashes hashes = new InputHashes(files);
        int steps = 0;
        while (hashes.step()) {
            steps++;
        }
        assertTrue(steps >= 6, steps + " steps for 3 pieces and 5 files");
        assertFalse(hashes.step(), "nothing left");
        assertEquals(expected, hashes.finish());
    }

    private static String sha256(Path file, long window) throws Exception {
        return new InputHashes(List.of(file), window).finish().get(0);
    }

    private static String digest(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
