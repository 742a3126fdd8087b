package io.posestate.ui;

import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.posestate.registry.api.EstateRegistry;

/**
 * The estate the workbench shows: one open registry for the whole application. Views listen for changes
 * (another estate opened, or data changed by a save or an import) and reload.
 */
public final class EstateSession {
	private static volatile EstateRegistry registry;
	private static final CopyOnWriteArrayList<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

	private EstateSession() {
	}

	/** The open registry; throws when none is open. */
	public static EstateRegistry registry() {
		EstateRegistry r = registry;
		if (r == null) {
			throw new IllegalStateException("no estate is open");
		}
		return r;
	}

	public static Optional<EstateRegistry> current() {
		return Optional.ofNullable(registry);
	}

	/** Shows another estate; the previous registry is closed. */
	public static void open(EstateRegistry newRegistry) {
		EstateRegistry old = registry;
		registry = newRegistry;
		if (old != null && old != newRegistry) {
			old.close();
		}
		changed();
	}

	/** Closes the open registry, if any. */
	public static void close() {
		EstateRegistry old = registry;
		registry = null;
		if (old != null) {
			old.close();
		}
	}

	/** Tells the listeners that the estate's data changed. Listeners run on the calling thread. */
	public static void changed() {
		LISTENERS.forEach(Runnable::run);
	}

	public static void addListener(Runnable listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Runnable listener) {
		LISTENERS.remove(listener);
	}

	/** Who is acting in this session (recorded in lifecycle events): the OS user. */
	public static String actor() {
		return System.getProperty("user.name", "unknown");
	}
}
