package io.posestate.audit.internal.rules;

import org.osgi.service.component.annotations.Component;

import io.posestate.audit.api.AuditContext;
import io.posestate.audit.api.AuditRule;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.Masks;
import io.posestate.audit.api.RuleRun;
import io.posestate.audit.api.Severity;
import io.posestate.exchange.MerchantRow;
import io.posestate.exchange.PhoneStatus;
import io.posestate.exchange.PhoneStatusRow;

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
            for (MerchantRow m : context.merchants().values()) {
                PhoneStatusRow status = m.phone() == null ? null : context.phoneStatus().get(m.phone());
                if (status == null || status.status() != PhoneStatus.CANCELLED) {
                    continue;
                }
                boolean noBackup = m.backupPhone() == null && m.email() == null;
                sink.add(Finding.of(ID, noBackup ? Severity.CRITICAL : Severity.WARNING, null, m.merchantNo(),
                        "phone " + Masks.phone(m.phone()) + " CANCELLED since " + status.since() + " ("
                                + status.source() + "); "
                                + (noBackup ? "no backup phone or email" : "reach the merchant via the backup contact")));
            }
        };
    }
}
