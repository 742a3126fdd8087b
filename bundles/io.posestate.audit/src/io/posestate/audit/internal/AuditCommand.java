package io.posestate.audit.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.posestate.audit.api.AuditPolicy;
import io.posestate.audit.api.AuditRequest;
import io.posestate.audit.api.AuditResult;
import io.posestate.audit.api.AuditService;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.Severity;
import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.cli.api.UsageException;

/**
 * {@code posestate audit --data DIR --as-of YYYY-MM-DD --out OUTDIR [--policy FILE] [--store URL]}: exit 0 when
 * the audit ran (findings and rejects are results), 2 on usage errors, 1 when an input is missing or unreadable.
 */
@Component(service = Command.class)
public final class AuditCommand implements Command {

    private AuditService audit;

    @Reference
    public void setAudit(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String usage() {
        return "audit --data DIR --as-of YYYY-MM-DD --out OUTDIR [--policy FILE] [--store URL]";
    }

    @Override
    public String summary() {
        return "run the nine risk rules over DIR/transactions.csv; write findings, rejects and reports to OUTDIR";
    }

    @Override
    public int run(List<String> words, CliContext context) throws Exception {
        Args args = Args.parse(words, Set.of("data", "as-of", "out", "policy", "store"), Set.of());
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument \"" + args.positional().get(0) + "\"");
        }
        Path data = Path.of(args.required("data"));
        LocalDate asOf = date(args.required("as-of"));
        Path out = Path.of(args.required("out"));
        String policyFile = args.get("policy");
        AuditPolicy policy = policyFile == null ? AuditPolicy.defaults() : PolicyReader.read(Path.of(policyFile));
        AuditRequest request = new AuditRequest(data, asOf, out, policy,
                policyFile == null ? "formats.md defaults" : Path.of(policyFile).toAbsolutePath().toString(),
                args.get("store"), context.actor());
        AuditResult result = audit.run(request);
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Finding f : result.findings()) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
        }
        long millis = java.time.Duration.between(result.startedAt(), result.finishedAt()).toMillis();
        context.out().printf("audit as of %s: %d transactions read, %d audited, %d findings %s, %d rejects (%d ms)%n",
                asOf, result.transactionsRead(), result.transactionsAudited(), result.findings().size(), bySeverity,
                result.rejectCount(), millis);
        result.outputs().forEach((name, path) -> context.out().println("  " + name + ": " + path));
        return 0;
    }

    static LocalDate date(String text) {
        if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new UsageException("--as-of must be a date YYYY-MM-DD, not \"" + text + "\"");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of \"" + text + "\" is not a calendar date");
        }
    }
}
