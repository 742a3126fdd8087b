package io.posestate.lifecycle.internal.commands;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.cli.api.UsageException;
import io.posestate.lifecycle.EvidenceRef;
import io.posestate.lifecycle.KnowledgeEntry;
import io.posestate.lifecycle.Lifecycle;
import io.posestate.lifecycle.OpenRequest;
import io.posestate.lifecycle.Role;
import io.posestate.lifecycle.StepInput;
import io.posestate.lifecycle.internal.Masks;
import io.posestate.lifecycle.model.AffectedTransaction;
import io.posestate.lifecycle.model.Approval;
import io.posestate.lifecycle.model.Case;
import io.posestate.lifecycle.model.CaseStatus;
import io.posestate.lifecycle.model.CaseValue;
import io.posestate.lifecycle.model.Message;
import io.posestate.lifecycle.model.Scenario;
import io.posestate.lifecycle.model.Step;
import io.posestate.model.Evidence;

/**
 * {@code case ...}: opens cases of the five scenarios, records their steps and approvals, lists and shows them.
 * The actor is the OS user or {@code --user}.
 */
@Component(service = Command.class)
public final class CaseCommand implements Command {
    private static final String USAGE = String.join("\n",
            "  case open S1|S2|S3|S4|S5 [--terminal SERIAL] [--merchant NO] [--cause C] [--assignee U] [--due DATE]"
                    + " [--set NAME=VALUE]...",
            "  case open-rebinding                 (S1 for every merchant whose bound phone is CANCELLED)",
            "  case open-alerts --findings FILE    (S2 for every CRITICAL finding of a registered terminal)",
            "  case step ID KIND [--note TEXT] [--evidence KIND=REF]... [--set NAME=VALUE]... [--version N]",
            "  case approve ID KIND [--reject] [--comment TEXT] [--version N]",
            "  case cancel ID --reason TEXT [--version N]",
            "  case list [--status OPEN|CLOSED|CANCELLED] [--scenario S1..S5]",
            "  case show ID | case kb WORDS... | case role USER ANALYST|SUPERVISOR|AUDITOR",
            "  (a reference code from an alert is checked with: verify-alert CODE)",
            "  (every form takes [--store URL])");

    @Override
    public String name() {
        return "case";
    }

    @Override
    public String usage() {
        return "case open|open-rebinding|open-alerts|step|approve|cancel|list|show|kb|role ..."
                + " [--store URL]   (case help: details)";
    }

    @Override
    public String summary() {
        return "lifecycle cases (S1 re-binding, S2 stop-use alert, S3 decommission, S4 service ticket,"
                + " S5 signature incident): open, step, approve, list, show";
    }

    @Override
    public int run(List<String> input, CliContext context) throws Exception {
        List<String> words = new ArrayList<>(input);
        List<EvidenceRef> evidence = Words.evidence(Words.takeAll(words, "evidence"));
        Map<String, String> values = Words.pairs(Words.takeAll(words, "set"), "set");
        Args args = Args.parse(words, Set.of(Words.STORE, "terminal", "merchant", "cause", "assignee", "due", "note",
                "comment", "reason", "version", "status", "scenario", "findings"), Set.of("reject"));
        List<String> p = args.positional();
        if (p.isEmpty()) {
            throw new UsageException("case needs a subcommand: open, open-rebinding, open-alerts, step, approve,"
                    + " cancel, list, show, kb, role, help");
        }
        if (p.get(0).equals("help")) {
            context.out().println(USAGE);
            return 0;
        }
        String actor = context.actor();
        PrintStream out = context.out();
        try (Lifecycle lifecycle = Words.open(context, args.get(Words.STORE))) {
            switch (p.get(0)) {
                case "open" -> {
                    arity(p, 2);
                    Case k = lifecycle.open(actor, new OpenRequest(scenario(p.get(1)), args.get("terminal"),
                            args.get("merchant"), args.get("cause"), args.get("assignee"), date(args.get("due")),
                            values));
                    out.printf("opened case %d%n", k.getId());
                    show(k, out);
                }
                case "open-rebinding" -> {
                    arity(p, 1);
                    List<Case> opened = lifecycle.openRebindingCases(actor);
                    opened.forEach(k -> line(k, out));
                    out.printf("%d re-binding case(s) opened%n", opened.size());
                }
                case "open-alerts" -> {
                    arity(p, 1);
                    List<Case> opened = lifecycle.openAlertsFromFindings(actor, args.required("findings"));
                    opened.forEach(k -> line(k, out));
                    out.printf("%d stop-use alert case(s) opened%n", opened.size());
                }
                case "step" -> {
                    arity(p, 3);
                    show(lifecycle.step(Words.id(p.get(1)), version(args), p.get(2).toUpperCase(Locale.ROOT), actor,
                            StepInput.of(args.get("note"), evidence, values)), out);
                }
                case "approve" -> {
                    arity(p, 3);
                    show(lifecycle.approve(Words.id(p.get(1)), version(args), p.get(2).toUpperCase(Locale.ROOT),
                            actor, !args.flag("reject"), args.get("comment")), out);
                }
                case "cancel" -> {
                    arity(p, 2);
                    show(lifecycle.cancel(Words.id(p.get(1)), version(args), actor, args.required("reason")), out);
                }
                case "list" -> {
                    arity(p, 1);
                    List<Case> cases = lifecycle.list(status(args.get("status")),
                            args.get("scenario") == null ? null : scenario(args.get("scenario")));
                    cases.forEach(k -> line(k, out));
                    out.printf("%d case(s)%n", cases.size());
                }
                case "show" -> {
                    arity(p, 2);
                    long id = Words.id(p.get(1));
                    show(lifecycle.find(id).orElseThrow(() -> new IllegalArgumentException("No case " + id)), out);
                }
                case "kb" -> {
                    List<KnowledgeEntry> hits = lifecycle.searchKnowledge(String.join(" ", p.subList(1, p.size())));
                    hits.forEach(h -> out.printf("#%d [%s] %s -> %s -> %s%n", h.id(), h.model(), h.symptom(),
                            h.cause(), h.fix()));
                    out.printf("%d entr%s%n", hits.size(), hits.size() == 1 ? "y" : "ies");
                }
                case "role" -> {
                    arity(p, 3);
                    Role role;
                    try {
                        role = Role.valueOf(p.get(2).toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("role must be one of " + Arrays.toString(Role.values()));
                    }
                    lifecycle.grantRole(actor, p.get(1), role);
                    out.printf("%s is now %s%n", p.get(1), role);
                }
                default -> throw new UsageException("unknown case subcommand \"" + p.get(0) + "\"");
            }
        }
        return 0;
    }

    private static void line(Case k, PrintStream out) {
        out.printf("%5d %-3s %-9s v%-3d %-18s %s%n", k.getId(), k.getScenario(), k.getStatus(), k.getVersion(),
                k.getAssignee(), k.getTitle());
    }

    static void show(Case k, PrintStream out) {
        out.printf("Case %d (%s) %s, version %d: %s%n", k.getId(), k.getScenario(), k.getStatus(), k.getVersion(),
                k.getTitle());
        out.printf("  terminal %s  merchant %s  assignee %s  due %s  opened %s by %s%n", blank(k.getSerialNumber()),
                blank(k.getMerchantNo()), k.getAssignee(), k.getDueDate(), k.getOpenedAt(), k.getOpenedBy());
        if (!k.getFlags().isEmpty()) {
            out.println("  flags: " + String.join(", ", k.getFlags()));
        }
        if (k.getReferenceCode() != null) {
            out.println("  reference code: " + k.getReferenceCode());
        }
        out.println("  steps:");
        for (Step s : k.getSteps()) {
            out.printf("   %d %-17s %-22s %s%s%n", s.getNumber(), s.getStatus(), s.getKind(), s.getTitle(),
                    s.getActor() == null ? "" : "  [" + s.getActor() + " " + s.getTime() + "]");
            if (s.getNote() != null) {
                out.println("       note: " + s.getNote());
            }
            for (Evidence e : s.getEvidence()) {
                out.println("       evidence " + e.getKind() + "=" + e.getReference()
                        + (e.getSha256() == null ? "" : " (sha256 " + e.getSha256() + ")"));
            }
            for (Approval a : s.getApprovals()) {
                out.println("       " + a.getDecision() + " by " + a.getApprover() + " at " + a.getTime()
                        + (a.getComment() == null ? "" : ": " + a.getComment()));
            }
            if (s.getActor() == null && !s.getRequiredEvidence().isEmpty()) {
                out.println("       needs evidence " + String.join(", ", s.getRequiredEvidence()));
            }
        }
        if (!k.getValues().isEmpty()) {
            out.println("  values:");
            for (CaseValue v : k.getValues()) {
                if (!v.getName().endsWith("_sha256")) {
                    out.println("    " + v.getName() + " = " + Masks.value(v.getName(), v.getValue()));
                }
            }
        }
        for (Message m : k.getMessages()) {
            out.printf("  message to %s via %s, %s at %s%s: %s%n", Masks.phone(m.getRecipient()), m.getChannel(),
                    m.getStatus(), m.getTime(), m.getReceipt() == null ? "" : " (" + m.getReceipt() + ")",
                    Masks.codes(m.getText()));
        }
        for (AffectedTransaction t : k.getTransactions()) {
            out.printf("  txn %-22s %-12s %-10s %s %s %s%n", t.getCategory(), t.getTxnId(), t.getSerialNumber(),
                    t.getTime(), t.getAmount(), t.getResult());
        }
    }

    private static void arity(List<String> p, int n) {
        if (p.size() != n) {
            throw new UsageException("case " + p.get(0) + " takes " + (n - 1) + " argument(s), got " + (p.size() - 1));
        }
    }

    private static int version(Args args) {
        return args.get("version") == null ? Lifecycle.ANY_VERSION : args.integer("version", 0, 0, Integer.MAX_VALUE);
    }

    private static Scenario scenario(String name) {
        Scenario s = Scenario.get(name.toUpperCase(Locale.ROOT));
        if (s == null) {
            throw new UsageException("scenario must be one of S1, S2, S3, S4, S5, not \"" + name + "\"");
        }
        return s;
    }

    private static CaseStatus status(String name) {
        if (name == null) {
            return null;
        }
        CaseStatus s = CaseStatus.get(name.toUpperCase(Locale.ROOT));
        if (s == null) {
            throw new UsageException("status must be one of OPEN, CLOSED, CANCELLED, not \"" + name + "\"");
        }
        return s;
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--due must be a date YYYY-MM-DD, not \"" + text + "\"");
        }
    }

    private static String blank(String s) {
        return s == null ? "-" : s;
    }
}
