package io.posestate.exchange.tests;

import static io.posestate.exchange.EstateFile.LICENSED_ACQUIRERS;
import static io.posestate.exchange.EstateFile.MERCHANTS;
import static io.posestate.exchange.EstateFile.PHONE_STATUS;
import static io.posestate.exchange.EstateFile.TERMINALS;
import static io.posestate.exchange.EstateFile.TRANSACTIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.posestate.exchange.ConnectionType;
import io.posestate.exchange.Cvm;
import io.posestate.exchange.EntryMode;
import io.posestate.exchange.EstateFile;
import io.posestate.exchange.LicensedAcquirerRow;
import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.MerchantStatus;
import io.posestate.exchange.PhoneSource;
import io.posestate.exchange.PhoneStatus;
import io.posestate.exchange.PhoneStatusRow;
import io.posestate.exchange.Reject;
import io.posestate.exchange.Scheme;
import io.posestate.exchange.TerminalRow;
import io.posestate.exchange.TerminalState;
import io.posestate.exchange.TransactionRow;
import io.posestate.exchange.TxnResult;

/** Per-row rules of formats.md: each malformed row is rejected with a reason naming column and value. */
class RowValidationTest {

    private static final String M = "102310058120001";
    private static final String TX_TAIL = ",CNY,VISA,CHIP,PIN,,APPROVED,00";
    private static final String TX_HEAD = "T1,2026-10-01T09:15:02+08:00,SN-1," + M + ",3100,";
    private static final String STATES = "IN_STOCK, SHIPPED, ACTIVE, SUSPENDED, IN_REPAIR, DEACTIVATION_REQUESTED,"
            + " RETURNED, DECOMMISSIONED";
    private static final String AMOUNT_FORM = " is not an amount (digits with an optional point and up to two"
            + " decimals, no sign or exponent)";
    private static final String TIME_FORM = " is not a date-time YYYY-MM-DDTHH:MM:SS[.fraction] with offset Z or"
            + " ±HH:MM";

    @TempDir
    Path dir;

    static Stream<Arguments> malformedRows() {
        return Stream.of(
                // merchants
                Arguments.of(MERCHANTS, M + ",N,5813,3100,ACQ01,,,,,,ACTIVE",
                        "mcc \"5813\" does not match digits 8-11 of merchant_no \"" + M + "\""),
                Arguments.of(MERCHANTS, M + ",N,5812,3101,ACQ01,,,,,,ACTIVE",
                        "region \"3101\" does not match digits 4-7 of merchant_no \"" + M + "\""),
                Arguments.of(MERCHANTS, M + ",N,581,3100,ACQ01,,,,,,ACTIVE", "mcc \"581\" is not 4 digits"),
                Arguments.of(MERCHANTS, "10231005812000A,N,5812,3100,ACQ01,,,,,,ACTIVE",
                        "merchant_no \"10231005812000A\" is not 15 digits"),
                Arguments.of(MERCHANTS, ",N,5812,3100,ACQ01,,,,,,ACTIVE", "missing required value for merchant_no"),
                Arguments.of(MERCHANTS, M + ",N,,3100,ACQ01,,,,,,ACTIVE", "missing required value for mcc"),
                Arguments.of(MERCHANTS, M + ",N,5812,,ACQ01,,,,,,ACTIVE", "missing required value for region"),
                Arguments.of(MERCHANTS, M + ",N,5812,3100,,,,,,,ACTIVE",
                        "missing required value for acquirer_code"),
                Arguments.of(MERCHANTS, M + ",N,5812,3100,ACQ01,,,,,,", "missing required value for status"),
                Arguments.of(MERCHANTS, M + ",N,5812,3100,ACQ01,,,,,,Active",
                        "status \"Active\" is not one of ACTIVE, SUSPENDED, CLOSED"),
                Arguments.of(MERCHANTS, M + ",N,5812,3100,ACQ01,,,,,,\"ACTIVE \"",
                        "status \"ACTIVE \" is not one of ACTIVE, SUSPENDED, CLOSED"),
                Arguments.of(MERCHANTS, "1,N,58,,,,,,,,x", "merchant_no \"1\" is not 15 digits; mcc \"58\" is not"
                        + " 4 digits; missing required value for region; missing required value for acquirer_code;"
                        + " status \"x\" is not one of ACTIVE, SUSPENDED, CLOSED"),
                // terminals
                Arguments.of(TERMINALS, "PAX A920,PAX,A920,WIFI,1.0,,IN_STOCK,,",
                        "serial_number \"PAX A920\" may contain only letters, digits and '-'"),
                Arguments.of(TERMINALS, "终端1,PAX,A920,WIFI,1.0,,IN_STOCK,,",
                        "serial_number \"终端1\" may contain only letters, digits and '-'"),
                Arguments.of(TERMINALS, ",PAX,A920,WIFI,1.0,,IN_STOCK,,", "missing required value for serial_number"),
                Arguments.of(TERMINALS, "SN-1,,A920,WIFI,1.0,,IN_STOCK,,", "missing required value for vendor"),
                Arguments.of(TERMINALS, "SN-1,PAX,,WIFI,1.0,,IN_STOCK,,", "missing required value for model"),
                Arguments.of(TERMINALS, "SN-1,PAX,A920,wifi,1.0,,IN_STOCK,,",
                        "connection \"wifi\" is not one of BLUETOOTH, CELLULAR, WIFI, ETHERNET, DIALUP"),
                Arguments.of(TERMINALS, "SN-1,PAX,A920,WIFI,1.0,,BROKEN,,",
                        "state \"BROKEN\" is not one of " + STATES),
                Arguments.of(TERMINALS, "SN-1,PAX,A920,WIFI,1.0,,,,", "missing required value for state"),
                Arguments.of(TERMINALS, "SN-1,PAX,A920,WIFI,1.0," + M + ",ACTIVE,3100,2025-3-15",
                        "activated_at \"2025-3-15\" is not a date YYYY-MM-DD"),
                Arguments.of(TERMINALS, "SN-1,PAX,A920,WIFI,1.0," + M + ",ACTIVE,3100,2025-02-29",
                        "activated_at \"2025-02-29\" is not a date YYYY-MM-DD"),
                Arguments.of(TERMINALS, "SN-1,PAX,A920,WIFI,1.0," + M + ",SHIPPED,31000,",
                        "deployed_region \"31000\" is not 4 digits"),
                Arguments.of(TERMINALS, "SN-1,PAX,A920,WIFI,1.0,123,SHIPPED,,",
                        "merchant_no \"123\" is not 15 digits"),
                Arguments.of(TERMINALS, "SN-1,PAX,A920,WIFI,1.0,,ACTIVE,3100,2025-03-15",
                        "an ACTIVE terminal needs merchant_no"),
                Arguments.of(TERMINALS, "SN-1,PAX,A920,WIFI,1.0," + M + ",ACTIVE,3100,",
                        "an ACTIVE terminal needs activated_at"),
                // transactions
                Arguments.of(TRANSACTIONS, "T1,2026-10-01T09:15:02,SN-1," + M + ",3100,10.00" + TX_TAIL,
                        "time \"2026-10-01T09:15:02\"" + TIME_FORM),
                Arguments.of(TRANSACTIONS, "T1,2026-10-01T09:15:02+0800,SN-1," + M + ",3100,10.00" + TX_TAIL,
                        "time \"2026-10-01T09:15:02+0800\"" + TIME_FORM),
                Arguments.of(TRANSACTIONS, "T1,2026-10-01T09:15:02z,SN-1," + M + ",3100,10.00" + TX_TAIL,
                        "time \"2026-10-01T09:15:02z\"" + TIME_FORM),
                Arguments.of(TRANSACTIONS, "T1,2026-10-01 09:15:02Z,SN-1," + M + ",3100,10.00" + TX_TAIL,
                        "time \"2026-10-01 09:15:02Z\"" + TIME_FORM),
                Arguments.of(TRANSACTIONS, "T1,2026-10-01,SN-1," + M + ",3100,10.00" + TX_TAIL,
                        "time \"2026-10-01\"" + TIME_FORM),
                Arguments.of(TRANSACTIONS, "T1,2026-10-01T24:00:00Z,SN-1," + M + ",3100,10.00" + TX_TAIL,
                        "time \"2026-10-01T24:00:00Z\"" + TIME_FORM),
                Arguments.of(TRANSACTIONS, TX_HEAD + "12.345" + TX_TAIL, "amount \"12.345\"" + AMOUNT_FORM),
                Arguments.of(TRANSACTIONS, TX_HEAD + "-12.00" + TX_TAIL, "amount \"-12.00\"" + AMOUNT_FORM),
                Arguments.of(TRANSACTIONS, TX_HEAD + "+12.00" + TX_TAIL, "amount \"+12.00\"" + AMOUNT_FORM),
                Arguments.of(TRANSACTIONS, TX_HEAD + "1E3" + TX_TAIL, "amount \"1E3\"" + AMOUNT_FORM),
                Arguments.of(TRANSACTIONS, TX_HEAD + "1.5e2" + TX_TAIL, "amount \"1.5e2\"" + AMOUNT_FORM),
                Arguments.of(TRANSACTIONS, TX_HEAD + "NaN" + TX_TAIL, "amount \"NaN\"" + AMOUNT_FORM),
                Arguments.of(TRANSACTIONS, TX_HEAD + "\"1,234.50\"" + TX_TAIL, "amount \"1,234.50\"" + AMOUNT_FORM),
                Arguments.of(TRANSACTIONS, TX_HEAD + " 12.00" + TX_TAIL, "amount \" 12.00\"" + AMOUNT_FORM),
                Arguments.of(TRANSACTIONS, TX_HEAD + ".50" + TX_TAIL, "amount \".50\"" + AMOUNT_FORM),
                Arguments.of(TRANSACTIONS, TX_HEAD + TX_TAIL, "missing required value for amount"),
                Arguments.of(TRANSACTIONS, TX_HEAD + "12345678901234567.00" + TX_TAIL,
                        "amount \"12345678901234567.00\" is too large (at most 16 integer digits)"),
                Arguments.of(TRANSACTIONS, TX_HEAD + "1.00,CNY,DISCOVER,CHIP,PIN,,APPROVED,00",
                        "scheme \"DISCOVER\" is not one of UNIONPAY, VISA, MASTERCARD, JCB, AMEX, OTHER"),
                Arguments.of(TRANSACTIONS, TX_HEAD + "1.00,CNY,VISA,chip,PIN,,APPROVED,00",
                        "entry \"chip\" is not one of CHIP, CONTACTLESS, SWIPE, QR, MANUAL"),
                Arguments.of(TRANSACTIONS, TX_HEAD + "1.00,CNY,VISA,CHIP,,,APPROVED,00",
                        "missing required value for cvm"),
                Arguments.of(TRANSACTIONS, TX_HEAD + "1.00,CNY,VISA,CHIP,PIN,,OK,00",
                        "result \"OK\" is not one of APPROVED, DECLINED, FAILED, REVERSED"),
                Arguments.of(TRANSACTIONS, TX_HEAD + "1.00,cny,VISA,CHIP,PIN,,APPROVED,00",
                        "currency \"cny\" is not an ISO 4217 code of three upper-case letters"),
                Arguments.of(TRANSACTIONS, TX_HEAD + "1.00,,VISA,CHIP,PIN,,APPROVED,00",
                        "missing required value for currency"),
                Arguments.of(TRANSACTIONS, "T1,2026-10-01T09:15:02+08:00,SN-1,12345,3100,1.00" + TX_TAIL,
                        "merchant_no \"12345\" is not 15 digits"),
                Arguments.of(TRANSACTIONS, "T1,2026-10-01T09:15:02+08:00,SN-1," + M + ",310,1.00" + TX_TAIL,
                        "location_region \"310\" is not 4 digits"),
                Arguments.of(TRANSACTIONS, ",2026-10-01T09:15:02+08:00,SN-1," + M + ",3100,1.00" + TX_TAIL,
                        "missing required value for txn_id"),
                Arguments.of(TRANSACTIONS, "T1,2026-10-01T09:15:02+08:00,," + M + ",3100,1.00" + TX_TAIL,
                        "missing required value for serial_number"),
                // phone status
                Arguments.of(PHONE_STATUS, "13800138000,CANCELED,2026-09-30,CARRIER",
                        "status \"CANCELED\" is not one of ACTIVE, CANCELLED"),
                Arguments.of(PHONE_STATUS, "13800138000,CANCELLED,2026/09/30,CARRIER",
                        "since \"2026/09/30\" is not a date YYYY-MM-DD"),
                Arguments.of(PHONE_STATUS, "13800138000,CANCELLED,2026-09-30,SMS",
                        "source \"SMS\" is not one of CARRIER, SMS_RECEIPT, ANALYST"),
                Arguments.of(PHONE_STATUS, ",CANCELLED,2026-09-30,CARRIER", "missing required value for phone"),
                Arguments.of(PHONE_STATUS, "13800138000,CANCELLED,,CARRIER", "missing required value for since"),
                // licensed acquirers
                Arguments.of(LICENSED_ACQUIRERS, ",Name,Z2000", "missing required value for acquirer_code"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("malformedRows")
    void malformedRowIsRejectedWithItsReason(EstateFile kind, String row, String reason) throws IOException {
        Path file = TestFiles.withHeader(dir, kind, row);
        TestFiles.Read<Object> read = TestFiles.read(kind, file);

        assertEquals(List.of(), read.rows());
        Reject reject = read.onlyReject();
        assertEquals(new Reject(kind.fileName(), 2, reason, row), reject);
    }

    @Test
    void validRowsOfEachKind() throws IOException {
        assertEquals(List.of(new MerchantRow(M, "Name", "5812", "3100", "ACQ01", "6222020200112233445",
                "13800138000", null, "a@b.cn", "Addr", MerchantStatus.ACTIVE)),
                TestFiles.read(MERCHANTS, TestFiles.withHeader(dir, MERCHANTS,
                        M + ",Name,5812,3100,ACQ01,6222020200112233445,13800138000,,a@b.cn,Addr,ACTIVE")).rows());
        assertEquals(List.of(new TerminalRow("PAX-a920-0001", "PAX", "A920", ConnectionType.CELLULAR, "1.2.3", M,
                TerminalState.ACTIVE, "3100", LocalDate.of(2024, 2, 29)),
                new TerminalRow("SN-2", "Sunmi", "P2", ConnectionType.BLUETOOTH, null, null,
                        TerminalState.DECOMMISSIONED, null, null)),
                TestFiles.read(TERMINALS, TestFiles.withHeader(dir, TERMINALS,
                        "PAX-a920-0001,PAX,A920,CELLULAR,1.2.3," + M + ",ACTIVE,3100,2024-02-29",
                        "SN-2,Sunmi,P2,BLUETOOTH,,,DECOMMISSIONED,,")).rows());
        assertEquals(List.of(new TransactionRow("T1", OffsetDateTime.parse("2026-10-01T09:15:02+08:00"), "SN-1", M,
                null, 123450, "CNY", Scheme.UNIONPAY, EntryMode.QR, Cvm.NONE, null, TxnResult.REVERSED, null)),
                TestFiles.read(TRANSACTIONS, TestFiles.withHeader(dir, TRANSACTIONS,
                        "T1,2026-10-01T09:15:02+08:00,SN-1," + M + ",,1234.5,CNY,UNIONPAY,QR,NONE,,REVERSED,"))
                        .rows());
        assertEquals(List.of(new PhoneStatusRow("+8613800138000", PhoneStatus.CANCELLED, LocalDate.of(2026, 9, 30),
                PhoneSource.SMS_RECEIPT)), TestFiles.read(PHONE_STATUS, TestFiles.withHeader(dir, PHONE_STATUS,
                        "+8613800138000,CANCELLED,2026-09-30,SMS_RECEIPT")).rows());
        assertEquals(List.of(new LicensedAcquirerRow("ACQ01", null, null)), TestFiles.read(LICENSED_ACQUIRERS,
                TestFiles.withHeader(dir, LICENSED_ACQUIRERS, "ACQ01,,")).rows());
    }

    @Test
    void sampleTransactionsFile() throws IOException {
        TestFiles.Read<Object> read = TestFiles.read(TRANSACTIONS, TestFiles.data("transactions.csv", dir));

        assertEquals(6, read.records());
        assertEquals(List.of("T1", "T2", "T3"), read.rows().stream().map(r -> ((TransactionRow) r).txnId()).toList());
        TransactionRow t2 = (TransactionRow) read.rows().get(1);
        assertEquals(OffsetDateTime.parse("2026-10-01T09:15:02.123Z"), t2.time());
        assertEquals(50, t2.amountCents());
        assertEquals(new java.math.BigDecimal("0.50"), t2.amount());
        assertEquals(null, t2.locationRegion());
        TransactionRow t3 = (TransactionRow) read.rows().get(2);
        assertEquals(OffsetDateTime.parse("2024-02-29T23:59:59.123456789-05:30"), t3.time());
        assertEquals("SIG, \"2\"", t3.signatureRef());
        assertEquals(null, t3.responseCode());
        assertEquals(List.of(5L, 6L, 7L), read.rejects().stream().map(Reject::line).toList());
        assertEquals("time \"2026-02-29T09:15:02+08:00\"" + TIME_FORM, read.rejects().get(1).reason());
    }

    @Test
    void samplePhoneStatusAndLicensedAcquirers() throws IOException {
        TestFiles.Read<Object> phones = TestFiles.read(PHONE_STATUS, TestFiles.data("phone_status.csv", dir));
        assertEquals(2, phones.rows().size());
        assertEquals(List.of("status \"cancelled\" is not one of ACTIVE, CANCELLED",
                "since \"2026-09-31\" is not a date YYYY-MM-DD"),
                phones.rejects().stream().map(Reject::reason).toList());

        TestFiles.Read<Object> acquirers = TestFiles.read(LICENSED_ACQUIRERS,
                TestFiles.data("licensed_acquirers.csv", dir));
        assertEquals(List.of(new LicensedAcquirerRow("ACQ01", "银联商务股份有限公司", "Z2000131000019"),
                new LicensedAcquirerRow("ACQ02", "Guangzhou \"Pay\" Ltd", "Z2000144000023")), acquirers.rows());
        assertEquals(4, acquirers.onlyReject().line());
    }
}
