package io.posestate.driver;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.posestate.model.Capability;

/**
 * The drivers installed right now. Answers change as driver bundles come and go; callers should ask each time
 * rather than keep the answers. Vendor ids and model names are matched case-insensitively. When two drivers claim
 * the same vendor id, the one with the higher {@code service.ranking} wins (a vendor plug-in can replace another).
 */
@org.osgi.annotation.versioning.ProviderType
public interface DriverRegistry {

	/** All drivers, by vendor id. */
	List<TerminalDriver> drivers();

	/** The driver for a vendor id. */
	Optional<TerminalDriver> driver(String vendorId);

	/** The driver for a vendor's model, when that driver knows the model. */
	Optional<TerminalDriver> driverFor(String vendorId, String model);

	/** A vendor's model, when a driver knows it. */
	Optional<ModelInfo> model(String vendorId, String model);

	/** What a vendor's model can do; empty when no installed driver knows it. */
	Set<Capability> capabilities(String vendorId, String model);

	/** Whether a vendor's model has a capability (false when no installed driver knows it). */
	default boolean supports(String vendorId, String model, Capability capability) {
		return capabilities(vendorId, model).contains(capability);
	}
}
