package io.posestate.cli.internal.commands;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.cli.api.UsageException;
import io.posestate.model.Terminal;
import io.posestate.model.TerminalState;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.Page;
import io.posestate.registry.api.TerminalQuery;

/** {@code terminals}: lists terminals matching filters, one line each. */
@Component(service = Command.class)
public final class TerminalsCommand implements Command {

	@Override
	public String name() {
		return "terminals";
	}

	@Override
	public String usage() {
		return "terminals [--state S] [--merchant M] [--vendor V] [--model M] [--region R] [--search TEXT]"
				+ " [--limit N] [--offset N] [--store URL]";
	}

	@Override
	public String summary() {
		return "list terminals by state, merchant, vendor, model, region or text";
	}

	@Override
	public int run(List<String> words, CliContext context) throws Exception {
		Args args = Args.parse(words,
				Set.of("state", "merchant", "vendor", "model", "region", "search", "limit", "offset", Stores.OPTION),
				Set.of());
		TerminalQuery query = TerminalQuery.all()
				.withState(state(args.get("state")))
				.withMerchantNo(args.get("merchant"))
				.withVendor(args.get("vendor"))
				.withModel(args.get("model"))
				.withRegion(args.get("region"))
				.withText(args.get("search"))
				.withPage(args.integer("offset", 0, 0, Integer.MAX_VALUE),
						args.integer("limit", 50, 1, TerminalQuery.MAX_LIMIT));
		try (EstateRegistry registry = Stores.open(context, args)) {
			Page<Terminal> page = registry.terminals(query);
			long total = registry.countTerminals(query);
			context.out().printf("%-22s %-9s %-10s %-23s %-15s %-6s %s%n", "SERIAL", "VENDOR", "MODEL", "STATE",
					"MERCHANT", "REGION", "ACTIVATED");
			for (Terminal t : page.items()) {
				context.out().printf("%-22s %-9s %-10s %-23s %-15s %-6s %s%n", t.getSerialNumber(), t.getVendor(),
						t.getModelName(), t.getState(), blank(t.getMerchantNo()), blank(t.getDeployedRegion()),
						t.getActivatedAt() == null ? "" : t.getActivatedAt());
			}
			context.out().printf("%d of %d terminal(s) shown%n", page.items().size(), total);
		}
		return 0;
	}

	private static String blank(String s) {
		return s == null ? "" : s;
	}

	private static TerminalState state(String name) {
		if (name == null) {
			return null;
		}
		TerminalState state = TerminalState.get(name);
		if (state == null) {
			throw new UsageException("unknown state \"" + name + "\"; one of "
					+ Arrays.toString(TerminalState.values()));
		}
		return state;
	}
}
