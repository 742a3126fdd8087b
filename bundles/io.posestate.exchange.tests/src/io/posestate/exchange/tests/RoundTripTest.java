package io.posestate.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.exchange.ConnectionType;
import io.posestate.exchange.Cvm;
import io.posestate.exchange.EntryMode;
import io.posestate.exchange.EstateCsv;
import io.posestate.exchange.EstateCsvWriter;
import io.posestate.exchange.EstateFile;
import io.posestate.exchange.LicensedAcquirerRow;
import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.MerchantStatus;
import io.posestate.exchange.PhoneSource;
import io.posestate.exchange.PhoneStatus;
import io.posestate.exchange.PhoneStatusRow;
import io.posestate.exchange.Reject;
import io.posestate.exchange.RejectsWriter;
import io.posestate.exchange.Scheme;
import io.posestate.exchange.TerminalRow;
import io.posestate.exchange.TerminalState;
import io.posestate.exchange.TransactionRow;
import io.posestate.exchange.TxnResult;

/** Writers produce the exact formats.md text and everything written reads back equal. */
class RoundTripTest {

    private static final List<MerchantRow> MERCHANTS = List.of(
            new MerchantRow("102310058120001", "上海小笼包餐饮有限公司", "5812", "3100", "ACQ01", "6222020200112233445",
                    "13800138000", null, null, "上海市黄浦区南京东路1号, 2楼", MerchantStatus.ACTIVE),
            new MerchantRow("102310054110002", "Joe's \"Best\" Grocery", "5411", "3100", "ACQ01", null,
                    "+8613900139000", "13700137000", "joe@example.com", "Line one\nLine two\r\nLine three",
                    MerchantStatus.SUSPENDED),
            new MerchantRow("102440058120003", "  padded  ", "5812", "4400", "ACQ02", null, null, null, null, " ",
                    MerchantStatus.CLOSED));
    private static final List<TerminalRow> TERMINALS = List.of(
            new TerminalRow("PAX-A920-0001", "PAX", "A920", ConnectionType.CELLULAR, "1.2.3", "102310058120001",
                    TerminalState.ACTIVE, "3100", LocalDate.of(2025, 3, 15)),
            new TerminalRow("SUNMI-P2-0003", "商米", "P2 \"Pro\"", ConnectionType.BLUETOOTH, null, null,
                    TerminalState.DEACTIVATION_REQUESTED, null, null));
    private static final List<TransactionRow> TRANSACTIONS = List.of(
            new TransactionRow("T1", OffsetDateTime.of(2026, 10, 1, 9, 15, 0, 0, ZoneOffset.ofHours(8)), "SN-1",
                    "102310058120001", "3100", 123450, "CNY", Scheme.UNIONPAY, EntryMode.CHIP, Cvm.SIGNATURE, "SIG,1",
                    TxnResult.APPROVED, "00"),
            new TransactionRow("T2", OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 1, ZoneOffset.ofHoursMinutes(-5, -30)),
                    "SN-2", "102310058120001", null, 7, "USD", Scheme.AMEX, EntryMode.MANUAL, Cvm.NONE, null,
                    TxnResult.FAILED, null),
            new TransactionRow("T3", OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 500_000_000, ZoneOffset.UTC), "SN-3",
                    "102310058120001", "4400", 0, "CNY", Scheme.OTHER, EntryMode.CONTACTLESS, Cvm.CDCVM, null,
                    TxnResult.REVERSED, "A1"));
    private static final List<PhoneStatusRow> PHONES = List.of(
            new PhoneStatusRow("13800138000", PhoneStatus.CANCELLED, LocalDate.of(2026, 9, 30), PhoneSource.CARRIER),
            new PhoneStatusRow("+8613900139000", PhoneStatus.ACTIVE, LocalDate.of(2026, 1, 1), PhoneSource.ANALYST));
    private static final List<LicensedAcquirerRow> ACQUIRERS = List.of(
            new LicensedAcquirerRow("ACQ01", "银联商务股份有限公司", "Z2000131000019"),
            new LicensedAcquirerRow("ACQ02", null, null));

    @TempDir
    Path dir;

    @Test
    void everyFileKindRoundTrips() throws IOException {
        Path merchants = dir.resolve("merchants.csv");
        try (EstateCsvWriter<MerchantRow> out = EstateCsvWriter.merchants(merchants)) {
            out.writeAll(MERCHANTS);
            assertEquals(3, out.rowsWritten());
        }
        Path terminals = dir.resolve("terminals.csv");
        try (EstateCsvWriter<TerminalRow> out = EstateCsvWriter.terminals(terminals)) {
            out.writeAll(TERMINALS);
        }
        Path transactions = dir.resolve("transactions.csv");
        try (EstateCsvWriter<TransactionRow> out = EstateCsvWriter.transactions(transactions)) {
            out.writeAll(TRANSACTIONS);
        }
        Path phones = dir.resolve("phone_status.csv");
        try (EstateCsvWriter<PhoneStatusRow> out = EstateCsvWriter.phoneStatus(phones)) {
            out.writeAll(PHONES);
        }
        Path acquirers = dir.resolve("licensed_acquirers.csv");
        try (EstateCsvWriter<LicensedAcquirerRow> out = EstateCsvWriter.licensedAcquirers(acquirers)) {
            out.writeAll(ACQUIRERS);
        }

        assertRoundTrip(EstateFile.MERCHANTS, merchants, MERCHANTS);
        assertRoundTrip(EstateFile.TERMINALS, terminals, TERMINALS);
        assertRoundTrip(EstateFile.TRANSACTIONS, transactions, TRANSACTIONS);
        assertRoundTrip(EstateFile.PHONE_STATUS, phones, PHONES);
        assertRoundTrip(EstateFile.LICENSED_ACQUIRERS, acquirers, ACQUIRERS);
    }

    @Test
    void writtenTextIsExact() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EstateCsvWriter<TransactionRow> out = EstateCsvWriter.transactions(bytes)) {
            out.writeAll(TRANSACTIONS);
        }
        assertEquals("txn_id,time,serial_number,merchant_no,location_region,amount,currency,scheme,entry,cvm,"
                + "signature_ref,result,response_code\n"
                + "T1,2026-10-01T09:15:00+08:00,SN-1,102310058120001,3100,1234.50,CNY,UNIONPAY,CHIP,SIGNATURE,"
                + "\"SIG,1\",APPROVED,00\n"
                + "T2,2024-02-29T23:59:59.000000001-05:30,SN-2,102310058120001,,0.07,USD,AMEX,MANUAL,NONE,,FAILED,\n"
                + "T3,2026-01-01T00:00:00.5Z,SN-3,102310058120001,4400,0.00,CNY,OTHER,CONTACTLESS,CDCVM,,REVERSED,A1\n",
                bytes.toString(StandardCharsets.UTF_8));

        bytes.reset();
        try (EstateCsvWriter<MerchantRow> out = EstateCsvWriter.merchants(bytes)) {
            out.write(MERCHANTS.get(1));
        }
        byte[] written = bytes.toByteArray();
        assertEquals('m', written[0], "no BOM");
        assertEquals(String.join(",", EstateFile.MERCHANTS.columns()) + "\n"
                + "102310054110002,\"Joe's \"\"Best\"\" Grocery\",5411,3100,ACQ01,,+8613900139000,13700137000,"
                + "joe@example.com,\"Line one\nLine two\r\nLine three\",SUSPENDED\n",
                new String(written, StandardCharsets.UTF_8));
    }

    @Test
    void rejectsWriterWritesReadableRejectsCsv() throws IOException {
        Path rejectsFile = dir.resolve("rejects.csv");
        try (RejectsWriter out = RejectsWriter.open(rejectsFile)) {
            EstateCsv.readMerchants(TestFiles.data("merchants.csv", dir), row -> { }, out);
            assertEquals(6, out.rowsWritten());
        }
        List<String> lines = Files.readAllLines(rejectsFile, StandardCharsets.UTF_8);
        assertEquals("file,line,reason,raw", lines.get(0));
        assertEquals("merchants.csv,7,\"mcc \"\"5812\"\" does not match digits 8-11 of merchant_no "
                + "\"\"102310059990004\"\"\",\"102310059990004,MCC mismatch,5812,3100,ACQ01,,,,,,ACTIVE\"",
                lines.get(1));
        assertEquals("merchants.csv,11,expected 11 columns as in the header but found 12,"
                + "\"102310058120007,Too many columns,5812,3100,ACQ01,,,,,,ACTIVE,extra\"", lines.get(5));
        assertEquals(7, lines.size());
    }

    @Test
    void valuesWithoutAFormatsMdFormAreRefusedByTheWriter() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EstateCsvWriter<TransactionRow> out = EstateCsvWriter.transactions(bytes)) {
            TransactionRow negative = new TransactionRow("T", TRANSACTIONS.get(0).time(), "SN", "102310058120001",
                    null, -5, "CNY", Scheme.VISA, EntryMode.CHIP, Cvm.PIN, null, TxnResult.APPROVED, null);
            assertThrows(IllegalArgumentException.class, () -> out.write(negative));
        }
    }

    private static <T> void assertRoundTrip(EstateFile kind, Path file, List<T> expected) throws IOException {
        TestFiles.Read<Object> read = TestFiles.read(kind, file);
        assertEquals(List.<Reject>of(), read.rejects());
        assertEquals(new ArrayList<Object>(expected), read.rows());
    }
}
