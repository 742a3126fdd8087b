package io.posestate.lifecycle.internal.commands;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.cli.api.UsageException;
import io.posestate.lifecycle.Lifecycle;

/** {@code report case ID}: writes the evidence report of one case as HTML and, next to it, as PDF. */
@Component(service = Command.class)
public final class ReportCommand implements Command {
    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return "report case ID [--out FILE.html] [--store URL]   (FILE.pdf is written next to it)";
    }

    @Override
    public String summary() {
        return "evidence report of one case as HTML and PDF (steps, evidence, approvals, messages, audit events)";
    }

    @Override
    public int run(List<String> words, CliContext context) throws Exception {
        Args args = Args.parse(words, Set.of("out", Words.STORE), Set.of());
        List<String> p = args.positional();
        if (p.size() != 2 || !p.get(0).equals("case")) {
            throw new UsageException("expected: " + usage());
        }
        long id = Words.id(p.get(1));
        Path out = args.path("out", "case-" + id + ".html");
        String name = out.getFileName().toString();
        Path pdf = out.resolveSibling((name.endsWith(".html") ? name.substring(0, name.length() - 5) : name) + ".pdf");
        try (Lifecycle lifecycle = Words.open(context, args.get(Words.STORE))) {
            Files.writeString(out, lifecycle.report(id), StandardCharsets.UTF_8);
            Files.write(pdf, lifecycle.reportPdf(id));
        }
        context.out().println("wrote " + out.toAbsolutePath());
        context.out().println("wrote " + pdf.toAbsolutePath());
        return 0;
    }
}
