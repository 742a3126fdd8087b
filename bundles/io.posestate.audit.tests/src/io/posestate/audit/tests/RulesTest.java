package io.posestate.audit.tests;

import static io.posestate.audit.tests.TestEstate.M1;
import static io.posestate.audit.tests.TestEstate.M1_OTHER_MCC;
import static io.posestate.audit.tests.TestEstate.M1_OTHER_REGION;
import static io.posestate.audit.tests.TestEstate.M1_OTHER_SEQUENCE;
import static io.posestate.audit.tests.TestEstate.merchant;
import static io.posestate.audit.tests.TestEstate.terminal;
import static io.posestate.audit.tests.TestEstate.txn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.audit.api.AuditPolicy;
import io.posestate.exchange.Scheme;

/** Every rule at its thresholds, through the real engine on real CSV files. */
class RulesTest {

    @TempDir
    Path tmp;

    /** The first seven columns of a findings.csv line (everything but the free-text detail). */
    static String head(String line) {
        int comma = -1;
        for (int i = 0; i < 7; i++) {
            comma = line.indexOf(',', comma + 1);
        }
        return line.substring(0, comma);
    }

    static List<String> heads(List<String> lines) {
        return lines.stream().map(RulesTest::head).toList();
    }

    @Nested
    class Unsigned {
        @Test
        void exactlyAtTheLimitIsNotAboveIt() throws Exception {
            TestEstate e = new TestEstate(tmp);
            e.add(e.transactions,
                    txn("1", "2026-09-01T10:00:00+08:00", "T1", M1, "4401", "1000.00", "NONE", null, "APPROVED"),
                    txn("2", "2026-09-01T11:00:00+08:00", "T1", M1, "4401", "1000", "NONE", null, "APPROVED"));
            e.audit("2026-09-30");
            assertEquals(List.of(), e.findings("UNSIGNED"));
        }

        @Test
        void oneCentAboveFires_onlyApprovedWithCvmNone() throws Exception {
            TestEstate e = new TestEstate(tmp);
            e.add(e.transactions,
                    txn("1", "2026-09-01T10:00:00+08:00", "T1", M1, "4401", "1000.01", "NONE", null, "APPROVED"),
                    txn("2", "2026-09-02T10:00:00+08:00", "T1", M1, "4401", "5000.00", "PIN", null, "APPROVED"),
                    txn("3", "2026-09-03T10:00:00+08:00", "T1", M1, "4401", "5000.00", "NONE", null, "DECLINED"),
                    txn("4", "2026-09-04T10:00:00.5+08:00", "T1", M1, "4401", "2000", "NONE", null, "APPROVED"));
            e.audit("2026-09-30");
            assertEquals(List.of("UNSIGNED,WARNING,T1," + M1 + ",2,2026-09-01T10:00:00+08:00,2026-09-04T10:00:00.5+08:00"),
                    heads(e.findings("UNSIGNED")));
        }

        @Test
        void policyLimitsPerSchemeAndRegion() throws Exception {
            TestEstate e = new TestEstate(tmp);
            e.add(e.transactions,
                    txn("1", "2026-09-01T10:00:00+08:00", "T1", M1, "4401", "600.00", "NONE", null, "APPROVED"),
                    txn("2", "2026-09-01T11:00:00+08:00", "T1", M1, "4402", "600.00", "NONE", null, "APPROVED"));
            AuditPolicy policy = AuditPolicy.builder().limitCents(Scheme.UNIONPAY, "4401", 500_00).build();
            e.audit("2026-09-30", policy);
            assertEquals(List.of("UNSIGNED,WARNING,T1," + M1 + ",1,2026-09-01T10:00:00+08:00,2026-09-01T10:00:00+08:00"),
                    heads(e.findings("UNSIGNED")));
        }
    }

    @Nested
    class Dormant {
        /** ACTIVE terminals whose last approved transaction is N days before the as-of date 2026-10-01. */
        @Test
        void thresholdsAreMoreThan90AndMoreThan365Days() throws Exception {
            TestEstate e = new TestEstate(tmp);
            e.terminals.clear();
            e.add(e.terminals, terminal("D090", M1, "ACTIVE", "4401", "2024-01-01"),
                    terminal("D091", M1, "ACTIVE", "4401", "2024-01-01"),
                    terminal("D365", M1, "ACTIVE", "4401", "2024-01-01"),
                    terminal("D366", M1, "ACTIVE", "4401", "2024-01-01"),
                    terminal("DSUS", M1, "SUSPENDED", "4401", "2020-01-01"));
            e.add(e.transactions, txn("1", "2026-07-03T12:00:00+08:00", "D090", M1), // 90 days before
                    txn("2", "2026-07-02T12:00:00+08:00", "D091", M1),
                    txn("3", "2025-10-01T12:00:00+08:00", "D365", M1),
                    txn("4", "2025-09-30T12:00:00+08:00", "D366", M1),
                    // a later declined transaction does not count as use
                    txn("5", "2026-09-30T12:00:00+08:00", "D366", M1, "4401", "1.00", "PIN", null, "DECLINED"));
            e.audit("2026-10-01");
            assertEquals(List.of("DORMANT,WARNING,D091," + M1 + ",,,", "DORMANT,WARNING,D365," + M1 + ",,,",
                    "DORMANT,CRITICAL,D366," + M1 + ",,,"), heads(e.findings("DORMANT")));
        }

        @Test
        void theDateIsTakenInTheTransactionsOwnOffset() throws Exception {
            TestEstate e = new TestEstate(tmp);
            e.terminals.clear();
            e.add(e.terminals, terminal("WEST", M1, "ACTIVE", "4401", "2024-01-01"),
                    terminal("EAST", M1, "ACTIVE", "4401", "2024-01-01"));
            // 2026-07-02 in its own offset although 2026-07-03 in UTC: 91 days before 2026-10-01
            e.add(e.transactions, txn("1", "2026-07-02T23:30:00-05:00", "WEST", M1),
                    // 2026-07-03 in its own offset although 2026-07-02 in UTC: 90 days
                    txn("2", "2026-07-03T01:30:00+08:00", "EAST", M1));
            e.audit("2026-10-01");
            assertEquals(List.of("DORMANT,WARNING,WEST," + M1 + ",,,"), heads(e.findings("DORMANT")));
        }

        @Test
        void activatedAtCountsWhenNoApprovedTransaction_neitherNeverFires() throws Exception {
            TestEstate e = new TestEstate(tmp);
            e.terminals.clear();
            e.add(e.terminals, terminal("A090", M1, "ACTIVE", "4401", "2026-07-03"),
                    terminal("A091", M1, "ACTIVE", "4401", "2026-07-02"),
                    terminal("STOCK", null, "IN_STOCK", null, null));
            e.audit("2026-10-01");
            assertEquals(List.of("DORMANT,WARNING,A091," + M1 + ",,,"), heads(e.findings("DORMANT")));
        }

        /** More dormant terminals than one table of them starts with, on two days of both kinds: shared details. */
        @Test
        void detailsFollowTheDayAndItsKind_acrossThousandsOfTerminals() throws Exception {
            TestEstate e = new TestEstate(tmp);
            e.terminals.clear();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                String serial = String.format("D%04d", i);
                switch (i % 3) {
                    case 0 -> {
                        e.add(e.terminals, terminal(serial, M1, "ACTIVE", "4401", "2026-01-01"));
                        expected.add("DORMANT,WARNING," + serial + "," + M1 + ",,,,\"activated on 2026-01-01,"
                                + " no approved transaction, 273 days before 2026-10-01: re-verify the merchant\"");
                    }
                    case 1 -> {
                        e.add(e.terminals, terminal(serial, M1, "ACTIVE", "4401", "2024-01-01"));
                        e.add(e.transactions, txn("t" + i, "2026-01-01T12:00:00+08:00", serial, M1));
                        expected.add("DORMANT,WARNING," + serial + "," + M1 + ",,,,\"last approved transaction on"
                                + " 2026-01-01, 273 days before 2026-10-01: re-verify the merchant\"");
                    }
                    default -> {
                        e.add(e.terminals, terminal(serial, M1, "ACTIVE", "4401", "2024-01-01"));
                        e.add(e.transactions, txn("t" + i, "2025-06-01T12:00:00+08:00", serial, M1));
                        expected.add("DORMANT,CRITICAL," + serial + "," + M1 + ",,,,\"last approved transaction on"
                                + " 2025-06-01, 487 days before 2026-10-01: stop service, recover the terminal\"");
                    }
                }
            }
            e.audit("2026-10-01");
            assertEquals(expected.stream().sorted().toList(), e.findings("DORMANT").stream().sorted().toList());
        }
    }

    @Nested
    class FailureSpike {
        private void day(TestEstate e, String serial, String date, int total, int failed) {
            for (int i = 0; i < total; i++) {
                e.add(e.transactions, txn(serial + date + "-" + i, date + "T" + String.format("%02d", 1 + i % 20)
                        + ":00:00+08:00", serial, M1, "4401", "10.00", "PIN", null, i < failed ? "FAILED" : "DECLINED"));
            }
        }

        @Test
        void nineteenIsTooFew_twentyWithExactlyHalfFailedFires() throws Exception {
            TestEstate e = new TestEstate(tmp);
            day(e, "T1", "2026-09-01", 19, 19);
            day(e, "T1", "2026-09-02", 20, 10);
            day(e, "T1", "2026-09-03", 20, 9);
            e.audit("2026-09-30");
            assertEquals(List.of("FAILURE_SPIKE,CRITICAL,T1," + M1 + ",20,2026-09-02T01:00:00+08:00,2026-09-02T20:00:00+08:00"),
                    heads(e.findings("FAILURE_SPIKE")));
        }

        @Test
        void daysAreCalendarDaysInEachTransactionsOwnOffset_unregisteredSerialsToo() throws Exception {
            TestEstate e = new TestEstate(tmp);
            // 20 failures within one UTC day, but 10 on 2026-09-01 and 10 on 2026-09-02 in +08:00: no spike
            for (int i = 0; i < 10; i++) {
                e.add(e.transactions, txn("a" + i, "2026-09-01T23:0" + i + ":00+08:00", "T1", M1, "4401", "1.00", "PIN",
                        null, "FAILED"));
                e.add(e.transactions, txn("b" + i, "2026-09-02T00:0" + i + ":00+08:00", "T1", M1, "4401", "1.00", "PIN",
                        null, "FAILED"));
            }
            // 20 failures of an unknown serial on one local day (-10:00) spanning two UTC days: a spike
            for (int i = 0; i < 20; i++) {
                e.add(e.transactions, txn("c" + i, "2026-09-05T" + String.format("%02d", 4 + i) + ":00:00-10:00", "GHOST",
                        M1, "4401", "1.00", "PIN", null, "FAILED"));
            }
            e.audit("2026-09-30");
            assertEquals(List.of("FAILURE_SPIKE,CRITICAL,GHOST,,20,2026-09-05T04:00:00-10:00,2026-09-05T23:00:00-10:00"),
                    heads(e.findings("FAILURE_SPIKE")));
        }

        @Test
        void firstAndLastAreByInstantAcrossOffsetsAndFractions() throws Exception {
            TestEstate e = new TestEstate(tmp);
            // all on local day 2026-09-01; by instant the earliest is 00:30+14:00 (08-31T10:30Z) and the latest
            // 22:00:00.25-05:00 (09-02T03:00:00.25Z), though other rows have later or earlier local times
            e.add(e.transactions, txn("a", "2026-09-01T00:30:00+14:00", "T1", M1, "4401", "1.00", "PIN", null, "FAILED"),
                    txn("b", "2026-09-01T23:59:59.999999999+09:00", "T1", M1, "4401", "1.00", "PIN", null, "FAILED"),
                    txn("c", "2026-09-01T22:00:00.25-05:00", "T1", M1, "4401", "1.00", "PIN", null, "FAILED"),
                    txn("d", "2026-09-01T00:15:00+05:30", "T1", M1, "4401", "1.00", "PIN", null, "FAILED"));
            for (int i = 0; i < 16; i++) {
                e.add(e.transactions, txn("x" + i, "2026-09-01T12:" + (10 + i) + ":00+08:00", "T1", M1, "4401", "1.00",
                        "PIN", null, i < 6 ? "FAILED" : "DECLINED"));
            }
            e.audit("2026-09-30");
            assertEquals(List.of("FAILURE_SPIKE,CRITICAL,T1," + M1 + ",20,2026-09-01T00:30:00+14:00,2026-09-01T22:00:00.25-05:00"),
                    heads(e.findings("FAILURE_SPIKE")));
        }

        @Test
        void spikesOfUnregisteredSerialsFarBeyondTheRegisteredOnes() throws Exception {
            // 1,100 unregistered serials come first: GHOST's index is beyond the counts sized for the registry
            TestEstate e = new TestEstate(tmp);
            for (int i = 0; i < 1_100; i++) {
                e.add(e.transactions, txn("u" + i, "2026-09-01T10:00:00+08:00", "U" + i, M1, "4401", "1.00", "PIN",
                        null, "FAILED"));
            }
            day(e, "GHOST", "2026-09-02", 20, 10);
            day(e, "U7", "2026-09-03", 20, 20);
            e.audit("2026-09-30");
            assertEquals(List.of(
                    "FAILURE_SPIKE,CRITICAL,GHOST,,20,2026-09-02T01:00:00+08:00,2026-09-02T20:00:00+08:00",
                    "FAILURE_SPIKE,CRITICAL,U7,,20,2026-09-03T01:00:00+08:00,2026-09-03T20:00:00+08:00"),
                    heads(e.findings("FAILURE_SPIKE")));
        }

        @Test
        void manyDaysOfManySerialsAreCountedApart() throws Exception {
            // far more transactions than a small file's expected share per partition: partitions grow
            TestEstate e = new TestEstate(tmp);
            for (int d = 1; d <= 30; d++) {
                String date = String.format("2026-09-%02d", d);
                day(e, "T1", date, 20, d % 3 == 0 ? 10 : 9);
                day(e, "GHOST" + d, date, d == 7 ? 40 : 19, d == 7 ? 20 : 19);
            }
            // one serial on many distinct days (its day table grows) and a spike on one of them
            for (int d = 0; d < 40; d++) {
                day(e, "WIDE", java.time.LocalDate.of(2026, 7, 1).plusDays(d).toString(), 1, 1);
            }
            day(e, "WIDE", "2026-08-20", 20, 20);
            e.audit("2026-09-30");
            List<String> expected = new java.util.ArrayList<>();
            expected.add("FAILURE_SPIKE,CRITICAL,GHOST7,,40,2026-09-07T01:00:00+08:00,2026-09-07T20:00:00+08:00");
            for (int d = 3; d <= 30; d += 3) {
                expected.add("FAILURE_SPIKE,CRITICAL,T1," + M1 + ",20," + String.format("2026-09-%02d", d)
                        + "T01:00:00+08:00," + String.format("2026-09-%02d", d) + "T20:00:00+08:00");
            }
            expected.add("FAILURE_SPIKE,CRITICAL,WIDE,,20,2026-08-20T01:00:00+08:00,2026-08-20T20:00:00+08:00");
            assertEquals(expected, heads(e.findings("FAILURE_SPIKE")));
        }
    }

    @Nested
    class CancelledPhone {
        @Test
        void latestSinceWins_tieTakesTheLaterRow_backupDecidesSeverity() throws Exception {
            TestEstate e = new TestEstate(tmp);
            e.merchants.clear();
            e.add(e.merchants, merchant("104440158120001", "104", "13800000001", null, null), // no backup: CRITICAL
                    merchant("104440158120002", "104", "13800000002", "13900000000", null), // backup phone
                    merchant("104440158120003", "104", "13800000003", null, "x@y.cn"), // email
                    merchant("104440158120004", "104", "13800000004", null, null), // re-activated later
                    merchant("104440158120005", "104", "13800000005", null, null)); // tie: later row ACTIVE
            e.add(e.phones, "13800000001,CANCELLED,2026-05-01,CARRIER",
                    "13800000001,ACTIVE,2026-04-01,CARRIER", // older: does not win
                    "13800000002,CANCELLED,2026-05-01,SMS_RECEIPT",
                    "13800000003,CANCELLED,2026-05-01,ANALYST",
                    "13800000004,CANCELLED,2026-05-01,CARRIER",
                    "13800000004,ACTIVE,2026-06-01,CARRIER",
                    "13800000005,CANCELLED,2026-05-01,CARRIER",
                    "13800000005,ACTIVE,2026-05-01,ANALYST",
                    "13800000006,CANCELLED,2026-05-01,CARRIER"); // no merchant: nothing
            e.audit("2026-09-30");
            assertEquals(List.of("CANCELLED_PHONE,CRITICAL,,104440158120001,,,",
                    "CANCELLED_PHONE,WARNING,,104440158120002,,,", "CANCELLED_PHONE,WARNING,,104440158120003,,,"),
                    heads(e.findings("CANCELLED_PHONE")));
            String detail = e.findings("CANCELLED_PHONE").get(0);
            assertTrue(detail.contains("138****0001") && !detail.contains("13800000001"), detail);
        }

        @Test
        void tieTheOtherWayRound() throws Exception {
            TestEstate e = new TestEstate(tmp);
            e.add(e.phones, "13800000001,ACTIVE,2026-05-01,ANALYST", "13800000001,CANCELLED,2026-05-01,CARRIER");
            e.audit("2026-09-30");
            assertEquals(List.of("CANCELLED_PHONE,WARNING,," + M1 + ",,,"), heads(e.findings("CANCELLED_PHONE")));
        }
    }

    @Nested
    class CodeJump {
        @Test
        void sequenceOnlyIsWarning_regionOrMccIsCritical_declinedIgnored() throws Exception {
            TestEstate e = new TestEstate(tmp);
            e.terminals.clear();
            e.add(e.terminals, terminal("SEQ", M1, "ACTIVE", "4401", "2026-01-01"),
                    terminal("REG", M1, "ACTIVE", "4401", "2026-01-01"),
                    terminal("MCC", M1, "ACTIVE", "4401", "2026-01-01"),
                    terminal("FREE", null, "SHIPPED", null, null));
            e.add(e.transactions, txn("1", "2026-09-01T10:00:00+08:00", "SEQ", M1_OTHER_SEQUENCE),
                    txn("2", "2026-09-01T11:00:00+08:00", "SEQ", M1),
                    txn("3", "2026-09-02T10:00:00+08:00", "REG", M1_OTHER_SEQUENCE),
                    txn("4", "2026-09-03T10:00:00+08:00", "REG", M1_OTHER_REGION),
                    txn("5", "2026-09-01T10:00:00+08:00", "MCC", M1_OTHER_MCC),
                    txn("6", "2026-09-01T12:00:00+08:00", "MCC", M1_OTHER_MCC, "4401", "1.00", "PIN", null, "DECLINED"),
                    txn("7", "2026-09-01T10:00:00+08:00", "FREE", M1_OTHER_MCC));
            e.audit("2026-09-30");
            assertEquals(List.of(
                    "CODE_JUMP,CRITICAL,MCC," + M1 + ",1,2026-09-01T10:00:00+08:00,2026-09-01T10:00:00+08:00",
                    "CODE_JUMP,CRITICAL,REG," + M1 + ",2,2026-09-02T10:00:00+08:00,2026-09-03T10:00:00+08:00",
                    "CODE_JUMP,WARNING,SEQ," + M1 + ",1,2026-09-01T10:00:00+08:00,2026-09-01T10:00:00+08:00"),
                    heads(e.findings("CODE_JUMP")));
        }
    }

    @Nested
    class DuplicateSignature {
        @Test
        void countsAllCarriersAnyResult_earliestGivesSerialAndReportedMerchant() throws Exception {
            TestEstate e = new TestEstate(tmp);
            e.add(e.terminals, terminal("T2", M1, "ACTIVE", "4401", "2026-01-01"));
            e.add(e.transactions,
                    txn("1", "2026-09-02T10:00:00+08:00", "T1", M1, "4401", "10.00", "SIGNATURE", "S1", "APPROVED"),
                    // earlier in time, later in the file; declined and from another terminal still counts
                    txn("2", "2026-09-02T01:00:00Z", "T2", M1_OTHER_SEQUENCE, "4401", "10.00", "SIGNATURE", "S1",
                            "DECLINED"),
                    txn("1", "2026-09-03T10:00:00+08:00", "T1", M1, "4401", "10.00", "SIGNATURE", "S1", "APPROVED"),
                    // one txn_id twice is not a duplicate signature
                    txn("9", "2026-09-02T10:00:00+08:00", "T1", M1, "4401", "10.00", "SIGNATURE", "S2", "APPROVED"),
                    txn("9", "2026-09-02T10:00:00+08:00", "T1", M1, "4401", "10.00", "SIGNATURE", "S2", "REVERSED"));
            e.audit("2026-09-30");
            assertEquals(List.of("DUPLICATE_SIGNATURE,CRITICAL,T2," + M1_OTHER_SEQUENCE
                    + ",3,2026-09-02T01:00:00Z,2026-09-03T10:00:00+08:00"), heads(e.findings("DUPLICATE_SIGNATURE")));
        }

        @Test
        void manySignaturesBeforeAndAfterTheTablesAreSizedFromTheFirstRows() throws Exception {
            TestEstate e = new TestEstate(tmp);
            // 120,000 signatures: the tables, made for 65,536, are sized for the whole file after 65,536 rows
            int n = 150_000;
            for (int i = 0; i < n; i++) {
                String sig = i == 5 || i == 140_000 ? "D1" : i == 70_000 || i == 70_001 ? "D2" : "S" + i;
                String time = String.format("2026-09-%02dT%02d:%02d:%02d+08:00", 1 + i / 86_400 % 28,
                        i / 3600 % 24, i / 60 % 60, i % 60);
                e.add(e.transactions, txn("N" + i, time, "T1", M1, "4401", "10.00", "SIGNATURE",
                        i % 5 == 4 ? null : sig, "APPROVED"));
            }
            e.audit("2026-09-30");
            assertEquals(List.of(
                    "DUPLICATE_SIGNATURE,CRITICAL,T1," + M1 + ",2,2026-09-01T00:00:05+08:00,2026-09-02T14:53:20+08:00",
                    "DUPLICATE_SIGNATURE,CRITICAL,T1," + M1 + ",2,2026-09-01T19:26:40+08:00,2026-09-01T19:26:41+08:00"),
                    heads(e.findings("DUPLICATE_SIGNATURE")));
        }

        @Test
        void aQuotedValueIsTheSameSignatureAsTheSameTextUnquoted() throws Exception {
            TestEstate e = new TestEstate(tmp);
            e.add(e.transactions,
                    // S"1 written unquoted (a quote inside an unquoted cell is literal) and quoted with the quote doubled
                    txn("1", "2026-09-02T10:00:00+08:00", "T1", M1, "4401", "10.00", "SIGNATURE", "S\"1", "APPROVED"),
                    txn("2", "2026-09-02T11:00:00+08:00", "T1", M1, "4401", "10.00", "SIGNATURE", "\"S\"\"1\"",
                            "APPROVED"),
                    txn("3", "2026-09-02T12:00:00+08:00", "T1", M1, "4401", "10.00", "SIGNATURE", "\"S1\"", "APPROVED"));
            e.audit("2026-09-30");
            List<String> found = e.findings("DUPLICATE_SIGNATURE");
            assertEquals(List.of("DUPLICATE_SIGNATURE,CRITICAL,T1," + M1
                    + ",2,2026-09-02T10:00:00+08:00,2026-09-02T11:00:00+08:00"), heads(found));
            assertTrue(found.get(0).contains("signature_ref S\"\"1 on 2"), found.get(0));
        }
    }

    @Nested
    class Relocated {
        @Test
        void approvedFromAnotherRegion_absentRegionNeverCounts() throws Exception {
            TestEstate e = new TestEstate(tmp);
            e.add(e.transactions, txn("1", "2026-09-01T10:00:00+08:00", "T1", M1, "4402", "10.00", "PIN", null, "APPROVED"),
                    txn("2", "2026-09-01T11:00:00+08:00", "T1", M1, null, "10.00", "PIN", null, "APPROVED"),
                    txn("3", "2026-09-01T12:00:00+08:00", "T1", M1, "4401", "10.00", "PIN", null, "APPROVED"),
                    txn("4", "2026-09-01T13:00:00+08:00", "T1", M1, "4403", "10.00", "PIN", null, "FAILED"),
                    txn("5", "2026-09-01T14:00:00+08:00", "T1", M1, "4403", "10.00", "PIN", null, "APPROVED"));
            e.audit("2026-09-30");
            assertEquals(List.of("RELOCATED,WARNING,T1," + M1 + ",2,2026-09-01T10:00:00+08:00,2026-09-01T14:00:00+08:00"),
                    heads(e.findings("RELOCATED")));
        }
    }

    @Nested
    class UnknownTerminalAndAcquirer {
        @Test
        void unknownSerialCountsEveryResult_unlicensedAcquirerIsCritical() throws Exception {
            TestEstate e = new TestEstate(tmp);
            e.add(e.merchants, merchant("999440158120001", "999", "13800000009", null, null));
            e.add(e.transactions, txn("1", "2026-09-01T10:00:00+08:00", "NOPE", M1),
                    txn("2", "2026-09-01T09:00:00+08:00", "NOPE", M1, "4401", "1.00", "PIN", null, "FAILED"));
            e.audit("2026-09-30");
            assertEquals(List.of("UNKNOWN_TERMINAL,WARNING,NOPE,,2,2026-09-01T09:00:00+08:00,2026-09-01T10:00:00+08:00"),
                    heads(e.findings("UNKNOWN_TERMINAL")));
            assertEquals(List.of("UNLICENSED_ACQUIRER,CRITICAL,,999440158120001,,,"),
                    heads(e.findings("UNLICENSED_ACQUIRER")));
        }

        /** Over several batches, whichever thread looks a serial up: every serial is counted under its own name. */
        @Test
        void manyBatchesOfKnownAndUnknownSerials() throws Exception {
            TestEstate e = new TestEstate(tmp);
            int n = 20_000;
            for (int i = 0; i < n; i++) {
                String serial = i % 3 == 0 ? "U" + (i % 7) : "T1";
                e.add(e.transactions, txn("X" + i, String.format("2026-09-01T%02d:%02d:%02dZ", i / 3600 % 24,
                        i / 60 % 60, i % 60), serial, M1, "4401", "10.00", "PIN", null, "DECLINED"));
            }
            e.audit("2026-09-30");
            List<String> unknown = e.findings("UNKNOWN_TERMINAL");
            assertEquals(7, unknown.size());
            long counted = 0;
            for (int u = 0; u < 7; u++) {
                String head = heads(unknown).get(u);
                assertTrue(head.startsWith("UNKNOWN_TERMINAL,WARNING,U" + u + ",,"), head);
                counted += Long.parseLong(head.split(",")[4]);
            }
            assertEquals((n + 2) / 3, counted);
        }
    }

    @Test
    void failedShareIsComparedExactly() {
        AuditPolicy p = AuditPolicy.builder().spike(3, new BigDecimal("0.3333")).build();
        assertTrue(p.failedShareReached(1, 3));
        assertTrue(!AuditPolicy.defaults().failedShareReached(9, 19) && AuditPolicy.defaults().failedShareReached(10, 20));
    }
}
