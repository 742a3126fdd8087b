package io.posestate.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.exchange.EstateFile;
import io.posestate.exchange.EstateLoader;
import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.PhoneSource;
import io.posestate.exchange.PhoneStatus;
import io.posestate.exchange.PhoneStatusRow;
import io.posestate.exchange.Reject;
import io.posestate.exchange.TerminalRow;

/** Cross-row rules: first valid key wins, later duplicates and unknown merchants are rejected. */
class EstateLoaderTest {

    @TempDir
    Path dir;

    @Test
    void sampleEstateKeepsFirstValidKeysAndRejectsTheRest() throws IOException {
        List<Reject> rejects = new ArrayList<>();
        EstateLoader.LoadedEstate estate = EstateLoader.load(TestFiles.data("merchants.csv", dir),
                TestFiles.data("terminals.csv", dir), rejects::add);

        assertEquals(List.of("102310058120001", "102310054110002", "102440058120003", "102310058120009"),
                List.copyOf(estate.merchants().keySet()));
        assertEquals("上海小笼包餐饮有限公司", estate.merchants().get("102310058120001").name());
        assertEquals(List.of("PAX-A920-0001", "NL-N910-0002", "SUNMI-P2-0003", "PAX-S90-0010"),
                List.copyOf(estate.terminals().keySet()));
        assertEquals("1.2.3", estate.terminals().get("PAX-A920-0001").firmware());
        assertEquals("2.0,beta", estate.terminals().get("NL-N910-0002").firmware());

        List<String> expected = List.of(
                "merchants.csv:6:duplicate merchant_no \"102310058120001\" (first kept at line 2)",
                "merchants.csv:7:mcc \"5812\" does not match digits 8-11 of merchant_no \"102310059990004\"",
                "merchants.csv:8:merchant_no \"10231005812000\" is not 15 digits",
                "merchants.csv:9:status \"active\" is not one of ACTIVE, SUSPENDED, CLOSED",
                "merchants.csv:10:missing required value for acquirer_code",
                "merchants.csv:11:expected 11 columns as in the header but found 12",
                "merchants.csv:13:region \"3100\" does not match digits 4-7 of merchant_no \"102350058120008\"",
                "terminals.csv:5:duplicate serial_number \"PAX-A920-0001\" (first kept at line 2)",
                "terminals.csv:6:unknown merchant: no kept merchant has merchant_no \"102310059990004\"",
                "terminals.csv:7:serial_number \"ING_MOVE_5\" may contain only letters, digits and '-'",
                "terminals.csv:8:connection \"wifi\" is not one of BLUETOOTH, CELLULAR, WIFI, ETHERNET, DIALUP",
                "terminals.csv:9:an ACTIVE terminal needs merchant_no",
                "terminals.csv:10:an ACTIVE terminal needs activated_at",
                "terminals.csv:11:deployed_region \"31\" is not 4 digits; activated_at \"2025-02-30\" is not a date"
                        + " YYYY-MM-DD",
                "terminals.csv:13:unknown merchant: no kept merchant has merchant_no \"102999999990011\"",
                "terminals.csv:14:missing required value for vendor");
        assertEquals(expected, rejects.stream().map(r -> r.file() + ":" + r.line() + ":" + r.reason()).toList());
        assertEquals("PAX-A920-0001,PAX,A920,CELLULAR,1.2.4,102310058120001,ACTIVE,3100,2025-03-16",
                rejects.get(7).raw());
    }

    @Test
    void anInvalidRowDoesNotClaimItsKey() throws IOException {
        Path merchants = TestFiles.withHeader(dir, EstateFile.MERCHANTS,
                "102310058120001,First but invalid,5812,3100,ACQ01,,,,,,OPEN",
                "102310058120001,Second and valid,5812,3100,ACQ01,,,,,,ACTIVE",
                "102310058120001,Third,5812,3100,ACQ01,,,,,,ACTIVE");
        List<Reject> rejects = new ArrayList<>();

        var kept = EstateLoader.loadMerchants(merchants, rejects::add);

        assertEquals("Second and valid", kept.get("102310058120001").name());
        assertEquals(List.of(2L, 4L), rejects.stream().map(Reject::line).toList());
        assertEquals("duplicate merchant_no \"102310058120001\" (first kept at line 3)", rejects.get(1).reason());
    }

    @Test
    void terminalRejectedForUnknownMerchantDoesNotClaimItsSerial() throws IOException {
        Path terminals = TestFiles.withHeader(dir, EstateFile.TERMINALS,
                "SN-1,PAX,A920,WIFI,1.0,102310058120099,ACTIVE,3100,2025-01-01",
                "SN-1,PAX,A920,WIFI,1.0,102310058120001,ACTIVE,3100,2025-01-02",
                "SN-2,PAX,A920,WIFI,1.0,,IN_STOCK,,");
        List<TerminalRow> kept = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();

        long records = EstateLoader.streamTerminals(terminals, Set.of("102310058120001")::contains, kept::add,
                rejects::add);

        assertEquals(3, records);
        assertEquals(List.of("SN-1", "SN-2"), kept.stream().map(TerminalRow::serialNumber).toList());
        assertEquals(java.time.LocalDate.of(2025, 1, 2), kept.get(0).activatedAt());
        assertEquals(2, rejects.get(0).line());
        assertEquals(1, rejects.size());
    }

    @Test
    void latestPhoneStatusWinsAndTiesGoToTheLaterRow() throws IOException {
        Path phones = TestFiles.withHeader(dir, EstateFile.PHONE_STATUS,
                "13800138000,CANCELLED,2026-09-30,CARRIER",
                "13800138000,ACTIVE,2026-01-01,SMS_RECEIPT",
                "13900139000,ACTIVE,2026-05-01,CARRIER",
                "13900139000,CANCELLED,2026-05-01,ANALYST",
                "13700137000,ACTIVE,2026-05-01,CARRIER",
                "13700137000,CANCELLED,2026-05-02,BAD");
        List<Reject> rejects = new ArrayList<>();

        Map<String, PhoneStatusRow> latest = EstateLoader.latestPhoneStatus(phones, rejects::add);

        assertEquals(List.of("13800138000", "13900139000", "13700137000"), List.copyOf(latest.keySet()));
        assertEquals(PhoneStatus.CANCELLED, latest.get("13800138000").status());
        assertEquals(PhoneSource.ANALYST, latest.get("13900139000").source());
        assertEquals(PhoneStatus.ACTIVE, latest.get("13700137000").status(), "a rejected row never wins");
        assertEquals(List.of(7L), rejects.stream().map(Reject::line).toList());
    }

    @Test
    void streamMerchantsCountsAllRecords() throws IOException {
        List<MerchantRow> kept = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        long records = EstateLoader.streamMerchants(TestFiles.data("merchants.csv", dir), kept::add, rejects::add);

        assertEquals(11, records);
        assertEquals(4, kept.size());
        assertEquals(7, rejects.size());
    }
}
