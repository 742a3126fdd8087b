package io.posestate.ui.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.Command;

/**
 * Lists {@code workbench} in {@code posestate help}. The workbench is its own Eclipse application: the
 * launcher script starts it with {@code -application io.posestate.ui.workbench}, so this command only runs when
 * the headless application is started directly.
 */
@Component(service = Command.class)
public final class WorkbenchCommand implements Command {

	@Override
	public String name() {
		return "workbench";
	}

	@Override
	public String usage() {
		return WorkbenchApplication.USAGE;
	}

	@Override
	public String summary() {
		return "open the workbench (needs a display; --demo on a fresh generated estate)";
	}

	@Override
	public int run(List<String> words, CliContext context) {
		context.err().println("posestate workbench: the workbench is a separate application; start it with"
				+ " ./posestate workbench (java ... -application io.posestate.ui.workbench)");
		return 1;
	}
}
