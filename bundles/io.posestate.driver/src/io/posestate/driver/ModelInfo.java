package io.posestate.driver;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.posestate.model.Capability;
import io.posestate.model.ConnectionType;

/**
 * A terminal model a driver supports.
 *
 * @param name         the vendor's model name as in terminals.csv's {@code model} column
 * @param description  one line for people
 * @param connections  how it reaches the host (the terminals.csv {@code connection} values it can have)
 * @param capabilities what it can do
 */
public record ModelInfo(String name, String description, Set<ConnectionType> connections, Set<Capability> capabilities) {

	public ModelInfo {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(description, "description");
		connections = Set.copyOf(connections);
		capabilities = Set.copyOf(capabilities);
	}

	/** A model with its capabilities given as a list, for drivers' static tables. */
	public static ModelInfo of(String name, String description, Set<ConnectionType> connections,
			Capability... capabilities) {
		Set<Capability> set = EnumSet.noneOf(Capability.class);
		set.addAll(List.of(capabilities));
		return new ModelInfo(name, description, connections, set);
	}

	public boolean has(Capability capability) {
		return capabilities.contains(capability);
	}

	/** The capabilities in the model's declaration order, as literals: "PIN_PAD, PRINTER". */
	public String capabilityList() {
		return capabilities.stream().sorted().map(Capability::getLiteral).collect(Collectors.joining(", "));
	}

	static String names(Collection<ModelInfo> models) {
		return models.stream().map(ModelInfo::name).collect(Collectors.joining(", "));
	}
}
