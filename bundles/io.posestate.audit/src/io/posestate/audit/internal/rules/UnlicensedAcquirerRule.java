package io.posestate.audit.internal.rules;

import org.osgi.service.component.annotations.Component;

import io.posestate.audit.api.AuditContext;
import io.posestate.audit.api.AuditRule;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.RuleRun;
import io.posestate.audit.api.Severity;
import io.posestate.audit.internal.MerchantTable;
import io.posestate.audit.internal.StringIndex;
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
            StringIndex licensed = new StringIndex(context.licensedAcquirers().size());
            context.licensedAcquirers().forEach(licensed::add);
            for (int i = 0; i < merchants.size(); i++) {
                if (merchants.indexIn(licensed, i, MerchantFields.ACQUIRER_CODE) < 0) {
                    sink.add(Finding.of(ID, Severity.CRITICAL, null, merchants.merchantNo(i),
                            new StringBuilder(64).append("acquirer_code ")
                                    .append(merchants.text(i, MerchantFields.ACQUIRER_CODE))
                                    .append(" is not a licensed acquirer").toString()));
                }
            }
        };
    }
}
