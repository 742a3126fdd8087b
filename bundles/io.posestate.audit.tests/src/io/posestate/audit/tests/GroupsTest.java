package io.posestate.audit.tests;

import static io.posestate.audit.tests.TestEstate.M1;
import static io.posestate.audit.tests.TestEstate.txn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in rules take the rows a group (256) at a time in batches of 4096, each rule looping over the group
 * itself: what they count must carry across groups and batches as over one stream.
 */
class GroupsTest {

    @TempDir
    Path tmp;

    private static final OffsetDateTime START = OffsetDateTime.parse("2026-09-01T00:00:00+08:00");

    @Test
    void rulesCountAcrossGroupsAndBatches() throws Exception {
        TestEstate e = new TestEstate(tmp);
        int n = 9000; // three batches
        List<Integer> unsigned = List.of(300, 4200, n - 1);
        for (int i = 0; i < n; i++) {
            if (i == 10 || i == 6000) {
                e.add(e.transactions, txn("t" + i, time(i), "U1", M1));
            } else if (i == 5 || i == 8500) {
                e.add(e.transactions, txn("t" + i, time(i), "T1", M1, "4401", "10.00", "SIGNATURE", "SX", "APPROVED"));
            } else if (unsigned.contains(i)) {
                e.add(e.transactions, txn("t" + i, time(i), "T1", M1, "4401", "1500.00", "NONE", null, "APPROVED"));
            } else {
                e.add(e.transactions, txn("t" + i, time(i), "T1", M1));
            }
        }
        LocalDate asOf = LocalDate.parse("2027-01-01");
        e.audit(asOf.toString());
        LocalDate lastDay = START.plusMinutes(n - 1).toLocalDate();
        assertEquals(List.of(
                "DORMANT,WARNING,T1," + M1 + ",,,,\"last approved transaction on " + lastDay + ", "
                        + ChronoUnit.DAYS.between(lastDay, asOf) + " days before " + asOf
                        + ": re-verify the merchant\"",
                "DUPLICATE_SIGNATURE,CRITICAL,T1," + M1 + ",2," + time(5) + "," + time(8500)
                        + ",signature_ref SX on 2 transactions with more than one txn_id",
                "UNKNOWN_TERMINAL,WARNING,U1,,2," + time(10) + "," + time(6000)
                        + ",2 transactions from a serial number not in the registry",
                "UNSIGNED,WARNING,T1," + M1 + ",3," + time(300) + "," + time(n - 1)
                        + ",3 approved transactions with cvm NONE above the no-verification limit (largest 1500.00)"),
                e.findings());
    }

    private static String time(int minute) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(START.plusMinutes(minute));
    }
}
