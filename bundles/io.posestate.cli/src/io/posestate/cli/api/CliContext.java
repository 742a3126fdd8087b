package io.posestate.cli.api;

import java.io.PrintStream;
import java.time.Duration;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** What a command may use: output streams, the acting user and the OSGi services it needs. */
public final class CliContext {
	private static final Duration SERVICE_WAIT = Duration.ofSeconds(20);

	private final PrintStream out;
	private final PrintStream err;
	private String actor;

	public CliContext(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
		this.actor = System.getProperty("user.name", "unknown");
	}

	public PrintStream out() {
		return out;
	}

	public PrintStream err() {
		return err;
	}

	/** Who is acting: the OS user unless {@code --user} says otherwise. */
	public String actor() {
		return actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	/** The highest-ranked service of a type, waiting briefly for Declarative Services to publish it. */
	public <T> T service(Class<T> type) {
		BundleContext bc = FrameworkUtil.getBundle(CliContext.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(bc, type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(SERVICE_WAIT.toMillis());
			if (service == null) {
				throw new IllegalStateException("no " + type.getSimpleName()
						+ " service is available: is its bundle installed and started?");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for " + type.getSimpleName(), e);
		}
	}
}
