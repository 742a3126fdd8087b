package io.posestate.notify.tests;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/** Finds the notification services through the OSGi service registry, as other bundles do. */
final class Osgi {
	private Osgi() {
	}

	static BundleContext context() {
		return FrameworkUtil.getBundle(Osgi.class).getBundleContext();
	}

	/** The service, after starting the (lazy) bundles that declare it. */
	static <T> T service(Class<T> type) throws Exception {
		for (Bundle b : context().getBundles()) {
			if (b.getSymbolicName().startsWith("io.posestate.") && b.getHeaders().get("Fragment-Host") == null
					&& b.getState() != Bundle.ACTIVE) {
				try {
					b.start(Bundle.START_ACTIVATION_POLICY);
				} catch (BundleException e) {
					throw new IllegalStateException("cannot start " + b.getSymbolicName() + ": " + e.getMessage(), e);
				}
			}
		}
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
		tracker.open();
		T service = tracker.waitForService(10_000);
		if (service == null) {
			List<String> states = new ArrayList<>();
			for (Bundle b : context().getBundles()) {
				states.add(b.getSymbolicName() + "=" + b.getState());
			}
			throw new IllegalStateException("no " + type.getSimpleName() + " service; bundles: " + states);
		}
		return service;
	}

	/** Waits up to 30 s for a condition; fails naming what was awaited. */
	static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
		long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("timed out waiting for " + what);
			}
			Thread.sleep(20);
		}
	}

	static <T> ServiceRegistration<T> register(Class<T> type, T service) {
		Dictionary<String, Object> props = new Hashtable<>();
		return context().registerService(type, service, props);
	}
}
