package io.posestate.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.exchange.EstateCsv;
import io.posestate.exchange.EstateFile;
import io.posestate.exchange.EstateFormatException;
import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.MerchantStatus;
import io.posestate.exchange.Reject;

/** The CSV layer: quoting, line numbers, BOM, CRLF, header order, blank lines, empty files, encoding. */
class CsvSyntaxTest {

    private static final String MERCHANT_HEADER = String.join(",", EstateFile.MERCHANTS.columns());

    @TempDir
    Path dir;

    @Test
    void quotedCommasQuotesAndLineBreaksKeepPhysicalLineNumbers() throws IOException {
        TestFiles.Read<Object> read = TestFiles.read(EstateFile.MERCHANTS, TestFiles.data("merchants.csv", dir));

        assertEquals(11, read.records());
        MerchantRow first = (MerchantRow) read.rows().get(0);
        assertEquals("上海小笼包餐饮有限公司", first.name());
        assertEquals("上海市黄浦区南京东路1号, 2楼", first.address());
        assertNull(first.backupPhone());
        assertNull(first.email());
        MerchantRow second = (MerchantRow) read.rows().get(1);
        assertEquals("Joe's \"Best\" Grocery", second.name());
        assertEquals("Line one\nLine two", second.address());
        assertEquals(MerchantStatus.SUSPENDED, second.status());
        assertEquals("广州茶楼", ((MerchantRow) read.rows().get(2)).name());
        // lines after the two-line record (3-4) and the blank line 12 are physical line numbers
        assertEquals(List.of(7L, 8L, 9L, 10L, 11L, 13L), read.rejects().stream().map(Reject::line).toList());
        assertEquals(5, read.rows().size());
    }

    @Test
    void rawOfARejectIsTheRecordTextAcrossLines() throws IOException {
        Path file = TestFiles.write(dir, "merchants.csv", MERCHANT_HEADER + "\n"
                + "102310058120001,\"Two\nlines, \"\"quoted\"\"\",5812,3100,ACQ01,,,,,,WRONG\r\n"
                + "102310058120002,Next,5812,3100,ACQ01,,,,,,ACTIVE\n");
        TestFiles.Read<Object> read = TestFiles.read(EstateFile.MERCHANTS, file);

        Reject reject = read.onlyReject();
        assertEquals(new Reject("merchants.csv", 2,
                "status \"WRONG\" is not one of ACTIVE, SUSPENDED, CLOSED",
                "102310058120001,\"Two\nlines, \"\"quoted\"\"\",5812,3100,ACQ01,,,,,,WRONG"), reject);
        assertEquals("Next", ((MerchantRow) read.rows().get(0)).name());
    }

    @Test
    void crlfLineEndsAreRemovedAndQuotedCrlfIsKept() throws IOException {
        Path file = TestFiles.write(dir, "merchants.csv", MERCHANT_HEADER.replace(",", ",") + "\r\n"
                + "102310058120001,A,5812,3100,ACQ01,,,,,\"Street 1\r\nFloor 2\",ACTIVE\r\n"
                + "102310058120002,B,5812,3100,ACQ01,,,,,,SUSPENDED\r\n"
                + "102310058120003,C,5812,3100,ACQ01,,,,,,BAD\r\n");
        TestFiles.Read<Object> read = TestFiles.read(EstateFile.MERCHANTS, file);

        assertEquals(2, read.rows().size());
        assertEquals("Street 1\r\nFloor 2", ((MerchantRow) read.rows().get(0)).address());
        assertEquals(MerchantStatus.SUSPENDED, ((MerchantRow) read.rows().get(1)).status());
        Reject reject = read.onlyReject();
        assertEquals(5, reject.line());
        assertEquals("102310058120003,C,5812,3100,ACQ01,,,,,,BAD", reject.raw());
    }

    @Test
    void leadingBomIsSkipped() throws IOException {
        byte[] body = (MERCHANT_HEADER + "\n102310058120001,甲,5812,3100,ACQ01,,,,,,ACTIVE\n")
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        bytes.write(body);
        TestFiles.Read<Object> read = TestFiles.read(EstateFile.MERCHANTS,
                TestFiles.write(dir, "merchants.csv", bytes.toByteArray()));

        assertEquals(List.of(), read.rejects());
        assertEquals("102310058120001", ((MerchantRow) read.rows().get(0)).merchantNo());
        assertEquals("甲", ((MerchantRow) read.rows().get(0)).name());
    }

    @Test
    void columnsInAnyOrderExtraColumnsIgnoredOptionalColumnsMayBeAbsent() throws IOException {
        Path file = TestFiles.write(dir, "merchants.csv",
                "status,note,region,mcc,merchant_no,acquirer_code,name\n"
                        + "CLOSED,\"ignored, really\",3100,5812,102310058120001,ACQ01,Shop\n");
        TestFiles.Read<Object> read = TestFiles.read(EstateFile.MERCHANTS, file);

        assertEquals(List.of(new MerchantRow("102310058120001", "Shop", "5812", "3100", "ACQ01", null, null, null,
                null, null, MerchantStatus.CLOSED)), read.rows());
    }

    @Test
    void blankLinesAreSkippedAndCounted() throws IOException {
        Path file = TestFiles.write(dir, "merchants.csv", "\n\r\n" + MERCHANT_HEADER + "\n\n   \n"
                + "102310058120001,A,5812,3100,ACQ01,,,,,,ACTIVE\n\t\r\n\n"
                + "102310058120002,B,5812,3100,ACQ01,,,,,,NOPE\n\n\n");
        TestFiles.Read<Object> read = TestFiles.read(EstateFile.MERCHANTS, file);

        assertEquals(2, read.records());
        assertEquals(1, read.rows().size());
        assertEquals(9, read.onlyReject().line());
    }

    @Test
    void lastRecordNeedsNoLineEnd() throws IOException {
        Path file = TestFiles.write(dir, "merchants.csv", MERCHANT_HEADER + "\n"
                + "102310058120001,A,5812,3100,ACQ01,,,,,,ACTIVE\n102310058120002,\"B\",5812,3100,ACQ01,,,,,,CLOSED");
        TestFiles.Read<Object> read = TestFiles.read(EstateFile.MERCHANTS, file);

        assertEquals(2, read.rows().size());
        assertEquals(MerchantStatus.CLOSED, ((MerchantRow) read.rows().get(1)).status());
    }

    @Test
    void emptyFileHasNoRowsAndNoError() throws IOException {
        for (String text : new String[] { "", "\n\n", "\uFEFF", MERCHANT_HEADER, MERCHANT_HEADER + "\n\n" }) {
            TestFiles.Read<Object> read = TestFiles.read(EstateFile.MERCHANTS,
                    TestFiles.write(dir, "merchants.csv", text));
            assertEquals(0, read.records(), () -> "records of " + text);
            assertEquals(List.of(), read.rows());
            assertEquals(List.of(), read.rejects());
        }
    }

    @Test
    void wrongColumnCountIsRejected() throws IOException {
        Path file = TestFiles.write(dir, "merchants.csv", MERCHANT_HEADER + "\n"
                + "102310058120001,A,5812,3100,ACQ01,,,,,ACTIVE\n"
                + "102310058120001,A,5812,3100,ACQ01,,,,,,ACTIVE,\n");
        TestFiles.Read<Object> read = TestFiles.read(EstateFile.MERCHANTS, file);

        assertEquals(List.of("expected 11 columns as in the header but found 10",
                "expected 11 columns as in the header but found 12"),
                read.rejects().stream().map(Reject::reason).toList());
    }

    @Test
    void unclosedQuoteAndTextAfterClosingQuoteAreRejected() throws IOException {
        Path file = TestFiles.write(dir, "merchants.csv", MERCHANT_HEADER + "\n"
                + "102310058120001,\"A\"x,5812,3100,ACQ01,,,,,,ACTIVE\n"
                + "102310058120002,B,5812,3100,ACQ01,,,,,,ACTIVE\n"
                + "102310058120003,\"never closed,5812,3100,ACQ01,,,,,,ACTIVE\nmore\n");
        TestFiles.Read<Object> read = TestFiles.read(EstateFile.MERCHANTS, file);

        assertEquals(1, read.rows().size());
        assertEquals(2, read.rejects().size());
        assertEquals(2, read.rejects().get(0).line());
        assertEquals("text after the closing quote of column 2", read.rejects().get(0).reason());
        assertEquals(4, read.rejects().get(1).line());
        assertEquals("quoted field in column 2 is not closed before the end of the file",
                read.rejects().get(1).reason());
        assertEquals("102310058120003,\"never closed,5812,3100,ACQ01,,,,,,ACTIVE\nmore\n",
                read.rejects().get(1).raw());
    }

    @Test
    void quoteInsideAnUnquotedValueIsLiteral() throws IOException {
        Path file = TestFiles.write(dir, "merchants.csv", MERCHANT_HEADER + "\n"
                + "102310058120001,Joe's 12\" Pizza,5812,3100,ACQ01,,,,,,ACTIVE\n");
        TestFiles.Read<Object> read = TestFiles.read(EstateFile.MERCHANTS, file);

        assertEquals("Joe's 12\" Pizza", ((MerchantRow) read.rows().get(0)).name());
    }

    @Test
    void invalidUtf8IsAFileErrorNamingTheLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((MERCHANT_HEADER + "\n102310058120001,A,5812,3100,ACQ01,,,,,,ACTIVE\n102310058120002,")
                .getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] { 'B', (byte) 0xC3, '(' });
        bytes.write(",5812,3100,ACQ01,,,,,,ACTIVE\n".getBytes(StandardCharsets.UTF_8));
        Path file = TestFiles.write(dir, "merchants.csv", bytes.toByteArray());

        EstateFormatException e = assertThrows(EstateFormatException.class,
                () -> EstateCsv.readMerchants(file, row -> { }, reject -> { }));
        assertEquals("merchants.csv", e.file());
        assertEquals(3, e.line());
        assertEquals("merchants.csv line 3: invalid UTF-8 byte 0xC3 at byte 18 of the line (the file must be UTF-8)",
                e.getMessage());
    }

    @Test
    void streamReaderGivesOriginOfEachRow() throws IOException {
        Path file = TestFiles.data("merchants.csv", dir);
        List<String> origins = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            long records = EstateCsv.readMerchants(in, "upload-1.csv", (row, origin) -> origins
                    .add(origin.file() + ":" + origin.line() + ":" + origin.raw().length()), reject -> { });
            assertEquals(11, records);
        }
        assertEquals("upload-1.csv:3:" + ("102310054110002,\"Joe's \"\"Best\"\" Grocery\",5411,3100,ACQ01,"
                + "6222020200112233446,+8613900139000,13700137000,joe@example.com,\"Line one\nLine two\",SUSPENDED")
                        .length(), origins.get(1));
        assertTrue(origins.get(4).startsWith("upload-1.csv:14:"), origins::toString);
    }

    @Test
    void recordsLargerThanTheReadBufferAndLinesAfterThem() throws IOException {
        String huge = "x".repeat(3_000_000) + "\n" + "y".repeat(100);
        StringBuilder sb = new StringBuilder(MERCHANT_HEADER).append('\n');
        sb.append("102310058120001,\"").append(huge).append("\",5812,3100,ACQ01,,,,,,ACTIVE\n");
        for (int i = 0; i < 30_000; i++) {
            sb.append("10231005812").append(String.format("%04d", i % 10_000)).append(",Name ").append(i)
                    .append(",5812,3100,ACQ01,,,,,,").append(i == 29_999 ? "LAST" : "ACTIVE").append('\n');
        }
        TestFiles.Read<Object> read = TestFiles.read(EstateFile.MERCHANTS,
                TestFiles.write(dir, "merchants.csv", sb.toString()));

        assertEquals(30_001, read.records());
        assertEquals(huge, ((MerchantRow) read.rows().get(0)).name());
        // header line 1, the big record lines 2-3, then one line per record
        assertEquals(3 + 30_000, read.onlyReject().line());
    }
}
