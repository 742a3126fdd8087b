package io.posestate.driver.ui.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The OSGi services the fleet UI uses, waiting briefly for Declarative Services to publish them. */
final class Services {
	private static final long WAIT_MS = 10_000;

	private Services() {
	}

	static <T> T get(Class<T> type) {
		BundleContext bc = FrameworkUtil.getBundle(Services.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(bc, type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(WAIT_MS);
			if (service == null) {
				throw new IllegalStateException("no " + type.getSimpleName() + " service: is its bundle installed?");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for " + type.getSimpleName(), e);
		}
	}
}
