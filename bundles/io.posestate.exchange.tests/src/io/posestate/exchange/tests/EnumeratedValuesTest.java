package io.posestate.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.posestate.exchange.Cvm;
import io.posestate.exchange.EntryMode;
import io.posestate.exchange.EstateCsv;
import io.posestate.exchange.Reject;
import io.posestate.exchange.Scheme;
import io.posestate.exchange.TransactionRow;
import io.posestate.exchange.TxnResult;

/** Enumerated values match their exact names only: every constant, and near misses of every length. */
class EnumeratedValuesTest {

    private static final String HEADER = "scheme,entry,cvm,result,txn_id,time,serial_number,merchant_no,amount,"
            + "currency\n";
    private static final String REST = ",X,2026-10-01T09:15:02Z,T1,101440158120001,1.00,CNY";

    @Test
    void everyConstantMatchesItsName() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        int n = 0;
        for (Scheme s : Scheme.values()) {
            for (EntryMode e : EntryMode.values()) {
                Cvm c = Cvm.values()[n % Cvm.values().length];
                TxnResult r = TxnResult.values()[n++ % TxnResult.values().length];
                csv.append(s).append(',').append(e).append(',').append(c).append(',').append(r).append(REST)
                        .append('\n');
            }
        }
        List<TransactionRow> rows = read(csv.toString(), new ArrayList<>());
        assertEquals(n, rows.size());
        n = 0;
        for (Scheme s : Scheme.values()) {
            for (EntryMode e : EntryMode.values()) {
                TransactionRow row = rows.get(n);
                assertEquals(List.of(s, e, Cvm.values()[n % Cvm.values().length],
                        TxnResult.values()[n++ % TxnResult.values().length]),
                        List.of(row.scheme(), row.entry(), row.cvm(), row.result()));
            }
        }
    }

    @Test
    void nearMissesAreRejected() throws Exception {
        List<String> misses = List.of("VIS", "VISAX", "visa", "MASTERCAR", "MASTERCARDS", "MASTERCARX", "UNIONPAY ",
                "\"UNION\"\"PAY\"", "CONTACTLES", "SIGNATUR", "APPROVEDX", "APPROVE");
        StringBuilder csv = new StringBuilder(HEADER);
        for (String m : misses) {
            csv.append(m).append(",CHIP,PIN,APPROVED").append(REST).append('\n');
        }
        csv.append("VISA,CHIP,PIN,APPROVED").append(REST); // last record, no line end: ends the buffer
        List<Reject> rejects = new ArrayList<>();
        List<TransactionRow> rows = read(csv.toString(), rejects);
        assertEquals(misses.size(), rejects.size());
        assertTrue(rejects.stream().allMatch(r -> r.reason().startsWith("scheme ") && r.reason().contains(
                "is not one of UNIONPAY, VISA, MASTERCARD, JCB, AMEX, OTHER")), rejects.toString());
        assertEquals(List.of(Scheme.VISA), rows.stream().map(TransactionRow::scheme).toList());
    }

    private static List<TransactionRow> read(String csv, List<Reject> rejects) throws Exception {
        List<TransactionRow> rows = new ArrayList<>();
        EstateCsv.readTransactions(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "transactions.csv", (row, origin) -> rows.add(row), rejects::add);
        return rows;
    }
}
