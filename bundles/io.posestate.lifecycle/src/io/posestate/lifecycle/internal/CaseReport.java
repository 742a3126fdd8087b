package io.posestate.lifecycle.internal;

import java.util.List;

import io.posestate.lifecycle.AuditEvent;
import io.posestate.lifecycle.model.AffectedTransaction;
import io.posestate.lifecycle.model.Approval;
import io.posestate.lifecycle.model.Case;
import io.posestate.lifecycle.model.CaseValue;
import io.posestate.lifecycle.model.Message;
import io.posestate.lifecycle.model.Scenario;
import io.posestate.lifecycle.model.Step;
import io.posestate.model.Evidence;

/**
 * The evidence report of one case as a self-contained HTML page: the case, its steps with evidence and approvals,
 * recorded values, messages, affected transactions, replacement links, the S5 incident report sections and the
 * case's audit events with their hashes. Phone numbers are masked and one-time codes hidden.
 */
final class CaseReport {
    private CaseReport() {
    }

    static String html(Case k, List<AuditEvent> audit, List<String> links) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Case ").append(k.getId())
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:"
                        + "collapse;margin:.5em 0 1.5em}td,th{border:1px solid #bbb;padding:.25em .5em;text-align:left;"
                        + "vertical-align:top}th{background:#eee}.mono{font-family:monospace;font-size:.85em}"
                        + "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em}</style></head><body>\n");
        h.append("<h1>Case ").append(k.getId()).append(" (").append(k.getScenario()).append("): ")
                .append(esc(k.getTitle())).append("</h1>\n<table>\n");
        row(h, "Status", k.getStatus().getName());
        row(h, "Terminal", k.getSerialNumber());
        row(h, "Merchant", k.getMerchantNo());
        row(h, "Cause", k.getScenario() == Scenario.S1 ? Masks.phone(k.getCause()) : k.getCause());
        row(h, "Reference code", k.getReferenceCode());
        row(h, "Opened", k.getOpenedAt() + " by " + k.getOpenedBy());
        row(h, "Assignee", k.getAssignee());
        row(h, "Due", k.getDueDate() == null ? null : k.getDueDate().toString());
        row(h, "Flags", String.join(", ", k.getFlags()));
        row(h, "Version", Integer.toString(k.getVersion()));
        h.append("</table>\n");

        if (k.getScenario() == Scenario.S5) {
            h.append("<h2>Incident report</h2>\n");
            section(h, "Description", CaseStore.value(k, "description"));
            section(h, "Investigation", CaseStore.value(k, "investigation") + " (affected terminals: "
                    + CaseStore.value(k, "affected_terminals") + "; affected transactions: "
                    + CaseStore.value(k, "affected_transactions") + "; cause: " + CaseStore.value(k, "cause") + ")");
            section(h, "Fix and its assessment", "Fixed at " + CaseStore.value(k, "fixed_at") + ". "
                    + CaseStore.value(k, "fix_assessment") + " (verified on " + CaseStore.value(k, "verified_transactions")
                    + " transactions after the fix)");
            section(h, "Prevention", CaseStore.value(k, "prevention"));
        }

        h.append("<h2>Steps</h2>\n<table><tr><th>#</th><th>Step</th><th>Status</th><th>By</th><th>When</th>"
                + "<th>Note</th><th>Evidence</th><th>Approvals</th></tr>\n");
        for (Step s : k.getSteps()) {
            StringBuilder ev = new StringBuilder();
            for (Evidence e : s.getEvidence()) {
                ev.append(esc(e.getKind())).append(": ").append(esc(e.getReference()));
                if (e.getSha256() != null) {
                    ev.append(" <span class=\"mono\">sha256 ").append(e.getSha256()).append("</span>");
                }
                ev.append("<br>");
            }
            if (!s.getRequiredEvidence().isEmpty()) {
                ev.append("<small>required: ").append(esc(String.join(", ", s.getRequiredEvidence()))).append("</small>");
            }
            StringBuilder ap = new StringBuilder();
            for (Approval a : s.getApprovals()) {
                ap.append(a.getDecision().getName()).append(" by ").append(esc(a.getApprover())).append(" at ")
                        .append(a.getTime()).append(a.getComment() == null ? "" : ": " + esc(a.getComment()))
                        .append("<br>");
            }
            h.append("<tr><td>").append(s.getNumber()).append("</td><td>").append(esc(s.getKind())).append("<br><small>")
                    .append(esc(s.getTitle())).append("</small></td><td>").append(s.getStatus().getName())
                    .append("</td><td>").append(esc(s.getActor())).append("</td><td>")
                    .append(s.getTime() == null ? "" : s.getTime().toString()).append("</td><td>")
                    .append(esc(s.getNote())).append("</td><td>").append(ev).append("</td><td>").append(ap)
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");

        if (!k.getValues().isEmpty()) {
            h.append("<h2>Recorded values</h2>\n<table>\n");
            for (CaseValue v : k.getValues()) {
                if (!v.getName().equals("code_sha256")) {
                    row(h, v.getName(), Masks.value(v.getName(), v.getValue()));
                }
            }
            h.append("</table>\n");
        }
        if (!k.getMessages().isEmpty()) {
            h.append("<h2>Messages</h2>\n<table><tr><th>Recorded</th><th>Channel</th><th>To</th><th>Text</th>"
                    + "<th>Status</th><th>Receipt</th></tr>\n");
            for (Message m : k.getMessages()) {
                h.append("<tr><td>").append(m.getTime()).append("</td><td>").append(esc(m.getChannel()))
                        .append("</td><td>").append(esc(Masks.phone(m.getRecipient()))).append("</td><td>")
                        .append(esc(Masks.codes(m.getText()))).append("</td><td>").append(esc(m.getStatus()))
                        .append("</td><td>").append(esc(m.getReceipt())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (!k.getTransactions().isEmpty()) {
            h.append("<h2>Transactions</h2>\n<table><tr><th>Category</th><th>Txn</th><th>Terminal</th><th>Time</th>"
                    + "<th>Amount</th><th>Result</th></tr>\n");
            for (AffectedTransaction t : k.getTransactions()) {
                h.append("<tr><td>").append(esc(t.getCategory())).append("</td><td>").append(esc(t.getTxnId()))
                        .append("</td><td>").append(esc(t.getSerialNumber())).append("</td><td>").append(t.getTime())
                        .append("</td><td>").append(esc(t.getAmount())).append("</td><td>").append(esc(t.getResult()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (!links.isEmpty()) {
            h.append("<h2>Replacement links</h2>\n<ul>\n");
            links.forEach(l -> h.append("<li>").append(esc(l)).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("<h2>Audit trail of this case</h2>\n<table><tr><th>Seq</th><th>Time</th><th>Actor</th><th>Action</th>"
                + "<th>Reason</th><th>Evidence</th><th>Hash</th></tr>\n");
        for (AuditEvent e : audit) {
            h.append("<tr><td>").append(e.seq()).append("</td><td>").append(e.time()).append("</td><td>")
                    .append(esc(e.actor())).append("</td><td>").append(esc(e.action())).append("</td><td>")
                    .append(esc(e.reason())).append("</td><td>").append(esc(e.evidence()))
                    .append("</td><td class=\"mono\">").append(e.hash()).append("</td></tr>\n");
        }
        h.append("</table>\n</body></html>\n");
        return h.toString();
    }

    /** A name/value row; rows without a value are left out. */
    private static void row(StringBuilder h, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        h.append("<tr><th>").append(esc(name)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }

    private static void section(StringBuilder h, String title, String text) {
        h.append("<h3>").append(esc(title)).append("</h3>\n<p>").append(esc(text)).append("</p>\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
