package io.posestate.audit.internal.rules;

import org.osgi.service.component.annotations.Component;

import io.posestate.audit.api.AuditContext;
import io.posestate.audit.api.AuditRule;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.RuleRun;
import io.posestate.audit.api.Severity;
import io.posestate.audit.internal.MerchantTable;
import io.posestate.exchange.internal.MerchantFields;

/** UNLICENSED_ACQUIRER: the merchant's acquirer_code is not in licensed_acquirers.csv. CRITICAL. */
@Component(service = AuditRule.class)
public final class UnlicensedAcquirerRule implements AuditRule {

    public static final String ID = "UNLICENSED_ACQUIRER";

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
        return "Merchants settling through an acquirer that is not licensed";
    }

    @Override
    public boolean readsRows() {
        return false;
    }

    @Override
    public RuleRun start(AuditContext context) {
        return sink -> {
            MerchantTable merchants = MerchantTable.of(context);
            for (int i = 0; i < merchants.size(); i++) {
                String acquirer = merchants.text(i, MerchantFields.ACQUIRER_CODE);
                if (!context.licensedAcquirers().contains(acquirer)) {
                    sink.add(Finding.of(ID, Severity.CRITICAL, null, merchants.merchantNo(i),
                            "acquirer_code " + acquirer + " is not a licensed acquirer"));
                }
            }
        };
    }
}
