package io.posestate.lifecycle.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import io.posestate.lifecycle.AuditEvent;
import io.posestate.lifecycle.model.AffectedTransaction;
import io.posestate.lifecycle.model.Approval;
import io.posestate.lifecycle.model.Case;
import io.posestate.lifecycle.model.CaseValue;
import io.posestate.lifecycle.model.Message;
import io.posestate.lifecycle.model.Scenario;
import io.posestate.lifecycle.model.Step;
import io.posestate.model.Evidence;
import io.posestate.report.pdf.PdfFonts;
import io.posestate.report.pdf.PdfPages;

/**
 * The evidence report of one case, as a self-contained HTML page and as a PDF with the same tables: the case, the
 * S5 incident report sections, its steps with evidence and approvals, recorded values, messages, affected
 * transactions, replacement links and the case's audit events with their hashes. Phone and account numbers are
 * masked and one-time codes hidden; the merchant's name is shown in its own script (the PDF embeds a CJK font).
 */
final class CaseReport {
    /** A titled table; a table without header is a list of name/value rows. */
    record Table(String title, List<String> header, List<List<String>> rows) {
    }

    private final Case k;
    private final String title;
    private final List<Table> tables = new ArrayList<>();

    /**
     * @param merchantName the merchant's name, or null
     * @param links        replacement links of the case's terminal
     */
    CaseReport(Case k, String merchantName, List<AuditEvent> audit, List<String> links) {
        this.k = k;
        this.title = "Case " + k.getId() + " (" + k.getScenario() + "): " + k.getTitle();
        List<List<String>> head = new ArrayList<>();
        pair(head, "Status", k.getStatus().getName());
        pair(head, "Terminal", k.getSerialNumber());
        pair(head, "Merchant", k.getMerchantNo() == null ? null
                : k.getMerchantNo() + (merchantName == null ? "" : " " + merchantName));
        pair(head, "Cause", k.getScenario() == Scenario.S1 ? Masks.phone(k.getCause()) : k.getCause());
        pair(head, "Reference code", k.getReferenceCode());
        pair(head, "Opened", k.getOpenedAt() + " by " + k.getOpenedBy());
        pair(head, "Assignee", k.getAssignee());
        pair(head, "Due", k.getDueDate() == null ? null : k.getDueDate().toString());
        pair(head, "Flags", String.join(", ", k.getFlags()));
        pair(head, "Version", Integer.toString(k.getVersion()));
        tables.add(new Table("Case", List.of(), head));

        if (k.getScenario() == Scenario.S5) {
            tables.add(new Table("Incident report", List.of(), List.of(
                    List.of("Description", value("description")),
                    List.of("Investigation", value("investigation") + " (affected terminals: "
                            + value("affected_terminals") + "; affected transactions: " + value("affected_transactions")
                            + "; cause: " + value("cause") + ")"),
                    List.of("Fix and its assessment", "Fixed at " + value("fixed_at") + ". " + value("fix_assessment")
                            + " (verified on " + value("verified_transactions") + " transactions after the fix)"),
                    List.of("Prevention", value("prevention")))));
        }

        List<List<String>> steps = new ArrayList<>();
        for (Step s : k.getSteps()) {
            List<String> ev = new ArrayList<>();
            for (Evidence e : s.getEvidence()) {
                ev.add(e.getKind() + ": " + e.getReference() + (e.getSha256() == null ? "" : " sha256 " + e.getSha256()));
            }
            if (!s.getRequiredEvidence().isEmpty()) {
                ev.add("required: " + String.join(", ", s.getRequiredEvidence()));
            }
            List<String> ap = new ArrayList<>();
            for (Approval a : s.getApprovals()) {
                ap.add(a.getDecision().getName() + " by " + a.getApprover() + " at " + a.getTime()
                        + (a.getComment() == null ? "" : ": " + a.getComment()));
            }
            steps.add(List.of(Integer.toString(s.getNumber()), s.getKind() + "\n" + s.getTitle(), s.getStatus().getName(),
                    nz(s.getActor()), s.getTime() == null ? "" : s.getTime().toString(), nz(s.getNote()),
                    String.join("\n", ev), String.join("\n", ap)));
        }
        tables.add(new Table("Steps", List.of("#", "Step", "Status", "By", "When", "Note", "Evidence", "Approvals"),
                steps));

        List<List<String>> values = new ArrayList<>();
        for (CaseValue v : k.getValues()) {
            if (!v.getName().equals("code_sha256")) {
                values.add(List.of(v.getName(), nz(Masks.value(v.getName(), v.getValue()))));
            }
        }
        add("Recorded values", List.of(), values);
        List<List<String>> messages = new ArrayList<>();
        for (Message m : k.getMessages()) {
            messages.add(List.of(String.valueOf(m.getTime()), m.getChannel(), Masks.phone(m.getRecipient()),
                    Masks.codes(m.getText()), m.getStatus(), nz(m.getReceipt())));
        }
        add("Messages", List.of("Recorded", "Channel", "To", "Text", "Status", "Receipt"), messages);
        List<List<String>> txns = new ArrayList<>();
        for (AffectedTransaction t : k.getTransactions()) {
            txns.add(List.of(t.getCategory(), t.getTxnId(), t.getSerialNumber(), String.valueOf(t.getTime()),
                    t.getAmount(), t.getResult()));
        }
        add("Transactions", List.of("Category", "Txn", "Terminal", "Time", "Amount", "Result"), txns);
        add("Replacement links", List.of("Link"), links.stream().map(List::of).toList());
        List<List<String>> events = new ArrayList<>();
        for (AuditEvent e : audit) {
            events.add(List.of(Long.toString(e.seq()), String.valueOf(e.time()), e.actor(), e.action(), nz(e.reason()),
                    nz(e.evidence()), e.hash()));
        }
        tables.add(new Table("Audit trail of this case", List.of("Seq", "Time", "Actor", "Action", "Reason", "Evidence",
                "Hash"), events));
    }

    private void add(String name, List<String> header, List<List<String>> rows) {
        if (!rows.isEmpty()) {
            tables.add(new Table(name, header, rows));
        }
    }

    private String value(String name) {
        return CaseStore.value(k, name);
    }

    /** A name/value row; rows without a value are left out. */
    private static void pair(List<List<String>> rows, String name, String value) {
        if (value != null && !value.isEmpty()) {
            rows.add(List.of(name, value));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ------------------------------------------------------------------ HTML

    String html() {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Case ").append(k.getId())
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:"
                        + "collapse;margin:.5em 0 1.5em}td,th{border:1px solid #bbb;padding:.25em .5em;text-align:left;"
                        + "vertical-align:top}th{background:#eee}h1{font-size:1.4em}h2{font-size:1.15em;"
                        + "margin-top:1.5em}</style></head><body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        for (Table t : tables) {
            h.append("<h2>").append(esc(t.title())).append("</h2>\n<table>\n");
            if (!t.header().isEmpty()) {
                h.append("<tr>");
                t.header().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
                h.append("</tr>\n");
            }
            for (List<String> row : t.rows()) {
                h.append("<tr>");
                for (int i = 0; i < row.size(); i++) {
                    String tag = t.header().isEmpty() && i == 0 ? "th" : "td";
                    h.append('<').append(tag).append('>').append(esc(row.get(i)).replace("\n", "<br>")).append("</")
                            .append(tag).append('>');
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // ------------------------------------------------------------------ PDF

    byte[] pdf() {
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = PdfFonts.load(doc)) {
            doc.getDocumentInformation().setTitle(title);
            PdfPages p = new PdfPages(doc, PdfPages.A4_LANDSCAPE, fonts, "Case " + k.getId() + " evidence report");
            p.paragraph(title, p.bold, 15);
            for (Table t : tables) {
                p.gap(8);
                p.text(t.title(), p.bold, 12);
                float[] widths = widths(t, p.width());
                if (!t.header().isEmpty()) {
                    p.row(widths, t.header(), p.bold, 7.5f);
                }
                for (List<String> row : t.rows()) {
                    p.row(widths, row, p.regular, 7.5f, true);
                }
            }
            p.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF report of case " + k.getId() + ": " + e.getMessage(), e);
        }
    }

    /** Column widths by the longest line of each column (bounded), over the page width. */
    private static float[] widths(Table t, float total) {
        List<String> first = t.header().isEmpty() ? t.rows().get(0) : t.header();
        float[] weight = new float[first.size()];
        List<List<String>> all = new ArrayList<>(t.rows());
        if (!t.header().isEmpty()) {
            all.add(t.header());
        }
        for (List<String> row : all) {
            for (int i = 0; i < weight.length && i < row.size(); i++) {
                for (String line : row.get(i).split("\n")) {
                    weight[i] = Math.max(weight[i], Math.min(60, Math.max(3, line.length())));
                }
            }
        }
        if (t.header().isEmpty()) {
            weight[0] = Math.min(weight[0], 22);
        }
        float sum = 0;
        for (float w : weight) {
            sum += w;
        }
        float[] widths = new float[weight.length];
        for (int i = 0; i < weight.length; i++) {
            widths[i] = total * weight[i] / sum;
        }
        return widths;
    }
}
