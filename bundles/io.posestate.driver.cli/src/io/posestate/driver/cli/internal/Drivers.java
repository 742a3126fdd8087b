package io.posestate.driver.cli.internal;

import java.util.stream.Collectors;

import io.posestate.cli.api.CliContext;
import io.posestate.cli.api.UsageException;
import io.posestate.driver.DriverRegistry;
import io.posestate.driver.ModelInfo;
import io.posestate.driver.TerminalDriver;

/** Lookups shared by the driver commands, with usage errors that list what is installed. */
final class Drivers {
	private Drivers() {
	}

	static TerminalDriver driver(CliContext context, String vendor) {
		DriverRegistry registry = context.service(DriverRegistry.class);
		return registry.driver(vendor).orElseThrow(() -> new UsageException("no driver for vendor \"" + vendor
				+ "\"; installed: " + registry.drivers().stream().map(TerminalDriver::vendorId)
						.collect(Collectors.joining(", "))));
	}

	static ModelInfo model(TerminalDriver driver, String model) {
		return driver.model(model).orElseThrow(() -> new UsageException(driver.vendorId() + " has no model \"" + model
				+ "\"; models: " + driver.models().stream().map(ModelInfo::name).collect(Collectors.joining(", "))));
	}
}
