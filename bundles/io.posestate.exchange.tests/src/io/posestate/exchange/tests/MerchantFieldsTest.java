package io.posestate.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.exchange.EstateCsv;
import io.posestate.exchange.EstateLoader;
import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.Reject;
import io.posestate.exchange.internal.KeyRules;
import io.posestate.exchange.internal.MerchantFields;

/**
 * Merchants read as fields (the audit's registry load) agree with the rows, rejects included, and the key rule on
 * fields agrees with {@link EstateLoader#streamMerchants}.
 */
class MerchantFieldsTest {

    private static final String CSV = "\uFEFFstatus,merchant_no,name,mcc,region,acquirer_code,settlement_account,"
            + "phone,backup_phone,email,address,extra\r\n"
            + "ACTIVE,102310058120001,\"Shop \"\"One\"\", Ltd\",5812,3100,102,6222,13800000001,,a@b.cn,\"上海\n路 1\",x\r\n"
            + "CLOSED,102310054110002,Shop 2,5411,3100,102,,,,,,\r\n"
            + "ACTIVE,102310058120003,Shop 3,5811,3101,102,,,,,,\r\n" // mcc and region do not match
            + "ACTIVE,10231005812000,Shop 4,581,,,,,,,,\r\n" // every value of a wrong form or missing
            + "ACTIVE,102310058120001,Shop 1 again,5812,3100,103,,,,,,\r\n" // duplicate merchant_no
            + "SUSPENDED,\"102310058120005\",,5812,3100,\"1\"\"2\",,13900000005,13900000006,,,\r\n";

    @TempDir
    Path dir;

    @Test
    void fieldsAgreeWithRows() throws Exception {
        List<MerchantRow> rows = new ArrayList<>();
        List<Reject> rowRejects = new ArrayList<>();
        long records = EstateCsv.readMerchants(in(), "merchants.csv", (row, origin) -> rows.add(row),
                rowRejects::add);
        List<MerchantRow> fromFields = new ArrayList<>();
        List<Reject> fieldRejects = new ArrayList<>();
        assertEquals(records, MerchantFields.read(in(), "merchants.csv", (f, origin) -> {
            MerchantRow row = f.row();
            fromFields.add(row);
            assertEquals(Long.parseLong(row.merchantNo()), f.merchantNumber);
            String[] texts = { row.name(), row.acquirerCode(), row.settlementAccount(), row.phone(),
                    row.backupPhone(), row.email(), row.address() };
            for (int t = 0; t < MerchantFields.TEXTS; t++) {
                assertEquals(texts[t], TestFiles.text(f, t));
            }
        }, fieldRejects::add));
        assertEquals(rows, fromFields);
        assertEquals(rowRejects, fieldRejects);
        assertEquals(4, rows.size());
        assertEquals("Shop \"One\", Ltd", rows.get(0).name());
        assertEquals("1\"2", rows.get(3).acquirerCode());
        assertEquals(List.of(5L, 6L), fieldRejects.stream().map(Reject::line).toList());
        assertEquals("mcc \"5811\" does not match digits 8-11 of merchant_no \"102310058120003\"",
                fieldRejects.get(0).reason().split("; ")[1]);
    }

    @Test
    void keyRuleOnFieldsAgreesWithTheLoader() throws IOException {
        Path file = TestFiles.write(dir, "merchants.csv", CSV);
        List<MerchantRow> kept = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        long records = EstateLoader.streamMerchants(file, kept::add, rejects::add);

        List<MerchantRow> keptFields = new ArrayList<>();
        List<Reject> fieldRejects = new ArrayList<>();
        Map<Long, Long> firstLines = new HashMap<>();
        assertEquals(records, KeyRules.streamMerchants(file, (number, line) -> {
            Long first = firstLines.putIfAbsent(number, line);
            return first == null ? -1 : first;
        }, f -> keptFields.add(f.row()), fieldRejects::add));
        assertEquals(kept, keptFields);
        assertEquals(rejects, fieldRejects);
        assertEquals(3, kept.size());
        assertEquals("duplicate merchant_no \"102310058120001\" (first kept at line 2)", fieldRejects.get(2).reason());
    }

    private static ByteArrayInputStream in() {
        return new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8));
    }
}
