package io.posestate.lifecycle.internal.commands;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.cli.api.UsageException;
import io.posestate.lifecycle.AuditVerification;
import io.posestate.lifecycle.Lifecycle;

/** {@code verify-audit}: re-computes the audit trail's hash chain; exit 1 when any event was tampered with. */
@Component(service = Command.class)
public final class VerifyAuditCommand implements Command {
    @Override
    public String name() {
        return "verify-audit";
    }

    @Override
    public String usage() {
        return "verify-audit [--store URL]";
    }

    @Override
    public String summary() {
        return "check the hash-chained audit trail; report any edited, reordered or deleted event";
    }

    @Override
    public int run(List<String> words, CliContext context) {
        Args args = Args.parse(words, Set.of(Words.STORE), Set.of());
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected " + args.positional());
        }
        try (Lifecycle lifecycle = Words.open(context, args.get(Words.STORE))) {
            AuditVerification v = lifecycle.verifyAudit();
            if (v.intact()) {
                context.out().printf("audit trail intact: %d event(s), hash chain verified%n", v.events());
                return 0;
            }
            context.out().printf("audit trail TAMPERED: %d problem(s) in %d event(s)%n", v.problems().size(),
                    v.events());
            v.problems().forEach(p -> context.out().println("  " + p));
            return 1;
        }
    }
}
