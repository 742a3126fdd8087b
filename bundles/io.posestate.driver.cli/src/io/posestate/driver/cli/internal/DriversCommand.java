package io.posestate.driver.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.driver.DriverRegistry;
import io.posestate.driver.ErrorCode;
import io.posestate.driver.ModelInfo;
import io.posestate.driver.TerminalDriver;

/** {@code drivers}: the installed terminal drivers, their models and capabilities, optionally error tables. */
@Component(service = Command.class)
public final class DriversCommand implements Command {

	@Override
	public String name() {
		return "drivers";
	}

	@Override
	public String usage() {
		return "drivers [--vendor V] [--errors]";
	}

	@Override
	public String summary() {
		return "list installed terminal drivers with their models, capabilities and error codes";
	}

	@Override
	public int run(List<String> words, CliContext context) {
		Args args = Args.parse(words, Set.of("vendor"), Set.of("errors"));
		List<TerminalDriver> drivers = args.get("vendor") == null ? context.service(DriverRegistry.class).drivers()
				: List.of(Drivers.driver(context, args.get("vendor")));
		PrintStream out = context.out();
		for (TerminalDriver d : drivers) {
			out.printf("%s  %s — %s%n", d.vendorId(), d.vendorName(), d.messageFormat());
			for (ModelInfo m : d.models()) {
				out.printf("  %-8s %s%n", m.name(), m.description());
				out.printf("  %-8s connections: %s%n", "", m.connections().stream().sorted().map(Object::toString)
						.collect(Collectors.joining(", ")));
				out.printf("  %-8s capabilities: %s%n", "", m.capabilityList());
			}
			if (args.flag("errors")) {
				out.println("  error codes:");
				for (ErrorCode e : d.errorCodes()) {
					out.printf("    %-7s %-8s %s%n", e.code(), e.severity(), e.meaning());
				}
			}
		}
		out.printf("%d driver(s)%n", drivers.size());
		return 0;
	}
}
