package io.posestate.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.posestate.exchange.EstateCsv;
import io.posestate.exchange.Reject;
import io.posestate.exchange.TransactionRow;
import io.posestate.exchange.internal.TransactionFields;

/** Transactions read as fields (the streaming audit's path) agree with the rows, rejects included. */
class TransactionFieldsTest {

    private static final String CSV = "amount,txn_id,time,serial_number,merchant_no,location_region,currency,"
            + "scheme,entry,cvm,signature_ref,result,response_code,extra\n"
            + "10.00,X1,2026-10-01T09:15:02+08:00,T1,101440158120001,4401,CNY,VISA,CHIP,PIN,,APPROVED,00,x\n"
            + "1000,\"X\"\"2\",2026-10-01T00:00:00.25-05:30,T-2,101440158120002,,CNY,UNIONPAY,QR,SIGNATURE,"
            + "\"S\"\"1\",FAILED,96,\n"
            + "5.5,X3,2026-10-01T09:15:02Z,T3,101440158120003,0001,CNY,AMEX,SWIPE,SIGNATURE,S\"1,DECLINED,,\n"
            + "5.5,X4,2026-10-01T09:15:02Z,T3,10144015812000,0001,CNY,AMEX,SWIPE,NONE,,DECLINED,,\n"
            + "5.5,X5,2026-10-01 09:15:02Z,T3,101440158120003,01,CNY,AMEX,SWIPE,NONE,,DECLINED,,\n"
            + "\"7.25\",\"X6\",\"2026-02-28T23:59:59.999999999+14:00\",\"T6\",\"101440158120006\",\"4403\",\"CNY\","
            + "\"JCB\",\"MANUAL\",\"CDCVM\",\"SIG\n6\",\"REVERSED\",\"\",\"\"\n";

    @Test
    void fieldsAgreeWithRows() throws Exception {
        List<TransactionRow> rows = new ArrayList<>();
        List<Reject> rowRejects = new ArrayList<>();
        long records = EstateCsv.readTransactions(in(), "transactions.csv", (row, origin) -> rows.add(row),
                rowRejects::add);
        List<TransactionRow> fromFields = new ArrayList<>();
        List<Reject> fieldRejects = new ArrayList<>();
        assertEquals(records, TransactionFields.read(in(), "transactions.csv", f -> {
            TransactionRow row = f.row();
            fromFields.add(row);
            assertEquals(row.time().toEpochSecond(), f.epochSecond);
            assertEquals(row.time().getNano(), f.nano);
            assertEquals(row.time().getOffset().getTotalSeconds(), f.offsetSeconds);
            assertEquals(Long.parseLong(row.merchantNo()), f.merchantNumber);
            assertEquals(row.locationRegion() == null ? TransactionFields.NO_REGION
                    : Integer.parseInt(row.locationRegion()), f.locationRegion);
            assertEquals(row.serialNumber(), new String(f.buffer(), f.serialStart(), f.serialEnd() - f.serialStart(),
                    StandardCharsets.UTF_8));
            assertEquals(row.signatureRef() != null, f.hasSignatureRef());
            if (f.hasSignatureRef()) {
                byte[] b = new byte[f.signatureRefBytes() + f.txnIdBytes()];
                int idStart = f.copySignatureRef(b, 0);
                int end = f.copyTxnId(b, idStart);
                assertEquals(row.signatureRef(), new String(b, 0, idStart, StandardCharsets.UTF_8));
                assertEquals(row.txnId(), new String(b, idStart, end - idStart, StandardCharsets.UTF_8));
            }
        }, fieldRejects::add));
        assertEquals(rows, fromFields);
        assertEquals(rowRejects, fieldRejects);
        assertEquals(4, rows.size());
        assertEquals(2, fieldRejects.size());
        assertEquals("S\"1", rows.get(1).signatureRef());
        assertEquals("S\"1", rows.get(2).signatureRef());
    }

    private static ByteArrayInputStream in() {
        return new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8));
    }
}
