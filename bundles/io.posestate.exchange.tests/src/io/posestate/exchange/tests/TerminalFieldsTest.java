package io.posestate.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.exchange.EstateCsv;
import io.posestate.exchange.EstateFormatException;
import io.posestate.exchange.EstateLoader;
import io.posestate.exchange.Reject;
import io.posestate.exchange.TerminalRow;
import io.posestate.exchange.internal.KeyRules;
import io.posestate.exchange.internal.TerminalFields;
import io.posestate.exchange.internal.TerminalGroup;

/**
 * Terminals read as fields (the audit's registry load) agree with the rows, rejects included, and the key rules
 * on fields agree with {@link EstateLoader#streamTerminals}.
 */
class TerminalFieldsTest {

    private static final String CSV = "\uFEFFstate,serial_number,vendor,model,connection,firmware,merchant_no,"
            + "deployed_region,activated_at,extra\r\n"
            + "ACTIVE,T1,PAX,A920,WIFI,1.0,102310058120001,3100,2025-01-01,x\r\n"
            + "IN_STOCK,T-2,\"Ven\"\"dor, Inc\",\"型号\nX\",CELLULAR,,,,,\r\n"
            + "ACTIVE,T3,PAX,A920,WIFI,1.0,,3100,,\r\n" // ACTIVE without merchant_no and activated_at
            + "SUSPENDED,T 4,PAX,,WIFI,1.0,1023100581200,31,2025-02-30,\r\n" // every value of a wrong form
            + "SUSPENDED,\"T5\",PAX,A920,ETHERNET,2.0,102310058120009,0001,2024-02-29,\r\n"
            + "SUSPENDED,T6,PAX,A920,WIFI\r\n" // too few columns
            + "ACTIVE,T1,PAX,A920,WIFI,1.1,102310058120001,3100,2025-01-02,\r\n" // duplicate serial
            + "DECOMMISSIONED,T7,PAX,A920,WIFI,1.0,102310058129999,,2025-01-02,\r\n"; // unknown merchant

    @TempDir
    Path dir;

    @Test
    void fieldsAgreeWithRows() throws Exception {
        List<TerminalRow> rows = new ArrayList<>();
        List<Reject> rowRejects = new ArrayList<>();
        long records = EstateCsv.readTerminals(in(), "terminals.csv", (row, origin) -> rows.add(row),
                rowRejects::add);
        List<TerminalRow> fromFields = new ArrayList<>();
        List<Reject> fieldRejects = new ArrayList<>();
        assertEquals(records, TerminalFields.read(in(), "terminals.csv", (f, origin) -> {
            TerminalRow row = f.row();
            fromFields.add(row);
            assertEquals(row.merchantNo() == null ? TerminalFields.NO_MERCHANT : Long.parseLong(row.merchantNo()),
                    f.merchantNumber);
            assertEquals(row.deployedRegion() == null ? TerminalFields.NO_REGION
                    : Integer.parseInt(row.deployedRegion()), f.deployedRegion);
            assertEquals(row.activatedAt() == null ? TerminalFields.NO_DATE : row.activatedAt().toEpochDay(),
                    f.activatedDay);
            assertEquals(row.serialNumber(), new String(f.buffer(), f.serialStart(), f.serialEnd() - f.serialStart(),
                    StandardCharsets.UTF_8));
            assertEquals(row.vendor(), TestFiles.text(f, TerminalFields.VENDOR));
            assertEquals(row.model(), TestFiles.text(f, TerminalFields.MODEL));
            assertEquals(row.firmware(), TestFiles.text(f, TerminalFields.FIRMWARE));
        }, fieldRejects::add));
        assertEquals(rows, fromFields);
        assertEquals(rowRejects, fieldRejects);
        assertEquals(List.of("T1", "T-2", "T5", "T1", "T7"), rows.stream().map(TerminalRow::serialNumber).toList());
        assertEquals("Ven\"dor, Inc", rows.get(1).vendor());
        assertEquals("型号\nX", rows.get(1).model());
        assertEquals(List.of(5L, 6L, 8L), fieldRejects.stream().map(Reject::line).toList());
        assertEquals("an ACTIVE terminal needs merchant_no; an ACTIVE terminal needs activated_at",
                fieldRejects.get(0).reason());
    }

    @Test
    void keyRulesOnFieldsAgreeWithTheLoader() throws IOException {
        Path file = TestFiles.write(dir, "terminals.csv", CSV);
        Set<String> merchants = Set.of("102310058120001", "102310058120009");
        List<TerminalRow> kept = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        agreeWithTheLoader(file, merchants, kept, rejects);
        assertEquals(List.of("T1", "T-2", "T5"), kept.stream().map(TerminalRow::serialNumber).toList());
        assertEquals("duplicate serial_number \"T1\" (first kept at line 2)", rejects.get(3).reason());
        assertEquals("unknown merchant: no kept merchant has merchant_no \"102310058129999\"",
                rejects.get(4).reason());
    }

    /** The key rules decide groups of records: rows of every kind across several groups keep the file order. */
    @Test
    void keyRulesAcrossGroupsAgreeWithTheLoader() throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFFserial_number,vendor,model,connection,firmware,merchant_no,state,"
                + "deployed_region,activated_at\r\n");
        for (int i = 0; i < 1000; i++) {
            String serial = i % 7 == 3 ? "T" + (i - 3) : "T" + i; // duplicates, some of them of rejected rows
            String merchant = i % 11 == 5 ? "102310058129999" : i % 13 == 0 ? "" : "10231005812000" + (i % 3);
            String vendor = i % 17 == 1 ? "\"Ven\"\"dor, " + i + "\"" : "PAX";
            String state = i % 13 == 0 ? "IN_STOCK" : "ACTIVE";
            String day = i % 19 == 0 ? "2025-02-30" : "2025-01-02"; // invalid dates: rejected by the row rules
            csv.append(serial).append(',').append(vendor).append(",A920,WIFI,").append(i % 2 == 0 ? "1.0" : "")
                    .append(',').append(merchant).append(',').append(state).append(",3100,").append(day)
                    .append("\r\n");
        }
        Path file = TestFiles.write(dir, "terminals.csv", csv.toString());
        List<TerminalRow> kept = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        agreeWithTheLoader(file, Set.of("102310058120000", "102310058120001", "102310058120002"), kept, rejects);
        assertEquals(Set.of("unknown merchant", "duplicate serial_number", "activated_at"),
                rejects.stream().map(r -> r.reason().replaceAll("( \"|:).*", "")).collect(Collectors.toSet()));
        assertEquals("Ven\"dor, 1", kept.get(0).vendor());
    }

    /** A group's records read before the file turns out unreadable are decided, as when read row by row. */
    @Test
    void recordsBeforeAnUnreadablePartAreDecided() throws IOException {
        byte[] head = ("serial_number,vendor,model,connection,firmware,merchant_no,state,deployed_region,activated_at\n"
                + "T1,PAX,A920,WIFI,1.0,,IN_STOCK,,2025-02-30\n" + "T2,PAX,A920,WIFI,1.0,,IN_STOCK,,\n"
                + "T1,PAX,A920,WIFI,1.0,,IN_STOCK,,\n" + "T2,PAX,A920,WIFI,1.0,,IN_STOCK,,\n" + "T3,P")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xFF; // not UTF-8
        bytes[head.length + 1] = '\n';
        Path file = TestFiles.write(dir, "terminals.csv", bytes);
        List<Reject> rejects = new ArrayList<>();
        assertThrows(EstateFormatException.class,
                () -> EstateLoader.streamTerminals(file, m -> true, t -> { }, rejects::add));
        List<Reject> fieldRejects = new ArrayList<>();
        java.util.Map<String, Long> firstLines = new java.util.HashMap<>();
        assertThrows(EstateFormatException.class, () -> KeyRules.streamTerminals(file, m -> true, (b, s, e, line) -> {
            Long first = firstLines.putIfAbsent(new String(b, s, e - s, StandardCharsets.UTF_8), line);
            return first == null ? -1 : first;
        }, (g, k) -> { }, fieldRejects::add));
        assertEquals(2, rejects.size());
        assertEquals(rejects, fieldRejects);
    }

    /** Reads {@code file} with the key rules on fields and with {@link EstateLoader}: the same rows and rejects. */
    private static void agreeWithTheLoader(Path file, Set<String> merchants, List<TerminalRow> kept,
            List<Reject> rejects) throws IOException {
        long records = EstateLoader.streamTerminals(file, merchants::contains, kept::add, rejects::add);
        List<TerminalRow> keptFields = new ArrayList<>();
        List<Reject> fieldRejects = new ArrayList<>();
        java.util.Map<String, Long> firstLines = new java.util.HashMap<>();
        assertEquals(records, KeyRules.streamTerminals(file, m -> merchants.contains(String.valueOf(m)),
                (b, s, e, line) -> {
                    Long first = firstLines.putIfAbsent(new String(b, s, e - s, StandardCharsets.UTF_8), line);
                    return first == null ? -1 : first;
                }, (g, k) -> keptFields.add(row(g, k)), fieldRejects::add));
        assertEquals(kept, keptFields);
        assertEquals(rejects, fieldRejects);
    }

    /** The row of kept terminal {@code k} of a group. */
    private static TerminalRow row(TerminalGroup g, int k) {
        return new TerminalRow(g.serialNumber(k), text(g, k, TerminalFields.VENDOR), text(g, k, TerminalFields.MODEL),
                g.connection(k), text(g, k, TerminalFields.FIRMWARE), g.merchantNo(k), g.state(k),
                g.deployedRegion(k) == TerminalFields.NO_REGION ? null : String.format("%04d", g.deployedRegion(k)),
                g.activatedDay(k) == TerminalFields.NO_DATE ? null : LocalDate.ofEpochDay(g.activatedDay(k)));
    }

    private static String text(TerminalGroup g, int k, int which) {
        int s = g.textStart(k, which);
        int e = g.textEnd(k, which);
        return s == e ? null : new String(g.bytes(), s, e - s, StandardCharsets.UTF_8);
    }

    @Test
    void emptyFileHasNoRecords() throws IOException {
        assertEquals(0, TerminalFields.read(new ByteArrayInputStream(new byte[0]), "terminals.csv",
                (f, origin) -> {
                    throw new AssertionError("no rows");
                }, r -> {
                    throw new AssertionError("no rejects");
                }));
    }

    private static ByteArrayInputStream in() {
        return new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8));
    }
}
