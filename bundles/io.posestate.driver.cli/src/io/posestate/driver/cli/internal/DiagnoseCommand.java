package io.posestate.driver.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;
import io.posestate.driver.DiagnosisStep;
import io.posestate.driver.ModelInfo;
import io.posestate.driver.TerminalDriver;

/** {@code diagnose}: the guided diagnosis of a model, step by step (scenario S4). */
@Component(service = Command.class)
public final class DiagnoseCommand implements Command {

	@Override
	public String name() {
		return "diagnose";
	}

	@Override
	public String usage() {
		return "diagnose --vendor V --model M";
	}

	@Override
	public String summary() {
		return "print the driver's guided diagnosis for a terminal model that stopped working";
	}

	@Override
	public int run(List<String> words, CliContext context) {
		Args args = Args.parse(words, Set.of("vendor", "model"), Set.of());
		TerminalDriver driver = Drivers.driver(context, args.required("vendor"));
		ModelInfo model = Drivers.model(driver, args.required("model"));
		PrintStream out = context.out();
		out.printf("Diagnosis for %s %s (%s)%n", driver.vendorId(), model.name(), model.description());
		int n = 0;
		for (DiagnosisStep step : driver.diagnosis(model.name())) {
			out.printf("%d. [%s] %s%n", ++n, step.area(), step.check());
			out.printf("   If not: %s%n", step.remedy());
			if (!step.errorCodes().isEmpty()) {
				out.printf("   Related codes: %s%n", String.join(", ", step.errorCodes().stream()
						.map(c -> c + " " + driver.errorCode(c).meaning()).toList()));
			}
		}
		return 0;
	}
}
