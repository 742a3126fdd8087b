package io.posestate.exchange.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.exchange.Reject;
import io.posestate.exchange.TransactionRow;

/** A mapped file reads exactly as a stream, across window ends (small windows here) and for empty files. */
class MappedFileInputTest {

    @TempDir
    Path dir;

    @Test
    void bytesAcrossWindowsAreTheFile() throws IOException {
        byte[] bytes = new byte[10_000];
        new Random(64).nextBytes(bytes);
        Path file = Files.write(dir.resolve("bytes"), bytes);
        for (int window : new int[] { 1, 7, 4096, 20_000 }) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                    InputStream in = new MappedFileInput(channel, window)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] chunk = new byte[333];
                out.write(in.read());
                for (int n; (n = in.read(chunk, 0, chunk.length)) > 0;) {
                    out.write(chunk, 0, n);
                }
                assertEquals(-1, in.read());
                assertArrayEquals(bytes, out.toByteArray());
            }
        }
    }

    @Test
    void transactionsReadFromAMappedFileAsFromAStream() throws IOException {
        String csv = "txn_id,time,serial_number,merchant_no,location_region,amount,currency,scheme,entry,cvm,"
                + "signature_ref,result,response_code\n"
                + "X1,2026-10-01T09:15:02+08:00,T1,101440158120001,4401,10.00,CNY,VISA,CHIP,PIN,,APPROVED,00\n"
                + "X2,2026-10-01T09:15:03+08:00,T2,101440158120002,,7.5,CNY,JCB,QR,NONE,\"S,1\",FAILED,96\n"
                + "X3,2026-10-01T09:15:04+08:00,T3,1014401581200,,7.5,CNY,JCB,QR,NONE,,FAILED,96";
        Path file = Files.writeString(dir.resolve("transactions.csv"), csv, StandardCharsets.UTF_8);
        List<Object> fromStream = new ArrayList<>();
        TransactionFields.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "transactions.csv",
                f -> fromStream.add(f.row()), fromStream::add);
        List<Object> fromFile = new ArrayList<>();
        assertEquals(3, TransactionFields.read(file, f -> fromFile.add(f.row()), fromFile::add));
        assertEquals(fromStream, fromFile);
        assertEquals(List.of(TransactionRow.class, TransactionRow.class, Reject.class),
                fromFile.stream().map(Object::getClass).toList());
        assertEquals(0, TransactionFields.read(Files.write(dir.resolve("empty.csv"), new byte[0]), f -> {
        }, r -> {
        }));
    }
}
