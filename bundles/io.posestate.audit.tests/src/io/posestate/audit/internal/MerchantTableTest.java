package io.posestate.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.MerchantStatus;
import io.posestate.exchange.internal.MerchantFields;

/** A merchant's texts looked up as their bytes find what their Strings would. */
class MerchantTableTest {

    @Test
    void indexInFindsPresentTextsAndOnlyThose() {
        MerchantTable table = new MerchantTable(2, 64);
        table.add(new MerchantRow("104440158120001", "北京小店", "5812", "4401", "104", "6222", "13800000001", null,
                null, "1 Road", MerchantStatus.ACTIVE));
        table.add(new MerchantRow("104440158120002", "Shop", "5812", "4401", "1040", "6222", "138000000010", null,
                null, "1 Road", MerchantStatus.ACTIVE));
        StringIndex keys = new StringIndex(4);
        keys.add("13800000001");
        keys.add("104");
        keys.add("北京小店");
        assertEquals(0, table.indexIn(keys, 0, MerchantFields.PHONE));
        assertEquals(1, table.indexIn(keys, 0, MerchantFields.ACQUIRER_CODE));
        assertEquals(2, table.indexIn(keys, 0, MerchantFields.NAME));
        // a longer text beginning with a key is not that key; an absent text is none
        assertEquals(-1, table.indexIn(keys, 1, MerchantFields.PHONE));
        assertEquals(-1, table.indexIn(keys, 1, MerchantFields.ACQUIRER_CODE));
        assertEquals(-1, table.indexIn(keys, 0, MerchantFields.EMAIL));
    }
}
