package io.posestate.audit.internal.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.posestate.audit.api.AuditContext;
import io.posestate.audit.api.AuditRule;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.Masks;
import io.posestate.audit.api.RuleRun;
import io.posestate.audit.api.Severity;
import io.posestate.audit.internal.MerchantTable;
import io.posestate.audit.internal.StringIndex;
import io.posestate.exchange.PhoneStatus;
import io.posestate.exchange.PhoneStatusRow;
import io.posestate.exchange.internal.MerchantFields;

/**
 * CANCELLED_PHONE: the merchant's phone is CANCELLED according to the phone_status row in force for that exact
 * number (latest since; on a tie the later row). CRITICAL without backup_phone and email, else WARNING.
 */
@Component(service = AuditRule.class)
public final class CancelledPhoneRule implements AuditRule {

    public static final String ID = "CANCELLED_PHONE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Merchants whose bound phone number has been cancelled";
    }

    @Override
    public boolean readsRows() {
        return false;
    }

    @Override
    public RuleRun start(AuditContext context) {
        return sink -> {
            MerchantTable merchants = MerchantTable.of(context);
            // the numbers whose row in force says CANCELLED, which the merchants' phones are looked up in as bytes
            StringIndex numbers = new StringIndex(context.phoneStatus().size());
            List<PhoneStatusRow> rows = new ArrayList<>();
            context.phoneStatus().forEach((number, row) -> {
                if (row.status() == PhoneStatus.CANCELLED) {
                    numbers.add(number);
                    rows.add(row);
                }
            });
            // the scan of every merchant only notes the cancelled ones and the findings (a few thousand) are made
            // after it: inlined into the scan, their making made the JIT's on-stack compile of it cost more than it ran
            int[] cancelled = new int[64];
            int count = 0;
            for (int i = 0; i < merchants.size(); i++) {
                if (merchants.indexIn(numbers, i, MerchantFields.PHONE) >= 0) {
                    if (count == cancelled.length) {
                        cancelled = Arrays.copyOf(cancelled, count * 2);
                    }
                    cancelled[count++] = i;
                }
            }
            for (int k = 0; k < count; k++) {
                int i = cancelled[k];
                sink.add(finding(merchants, i, rows.get(merchants.indexIn(numbers, i, MerchantFields.PHONE))));
            }
        };
    }

    private static Finding finding(MerchantTable merchants, int i, PhoneStatusRow status) {
        boolean noBackup = !merchants.present(i, MerchantFields.BACKUP_PHONE)
                && !merchants.present(i, MerchantFields.EMAIL);
        return Finding.of(ID, noBackup ? Severity.CRITICAL : Severity.WARNING, null, merchants.merchantNo(i),
                new StringBuilder(96).append("phone ").append(Masks.phone(merchants.text(i, MerchantFields.PHONE)))
                        .append(" CANCELLED since ").append(status.since()).append(" (").append(status.source())
                        .append("); ")
                        .append(noBackup ? "no backup phone or email" : "reach the merchant via the backup contact")
                        .toString());
    }
}
