package io.posestate.ui;

import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.posestate.lifecycle.Lifecycle;
import io.posestate.lifecycle.LifecycleFactory;
import io.posestate.lifecycle.Role;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.store.Store;
import io.posestate.store.StoreLocation;
import io.posestate.ui.internal.Services;
import io.posestate.ui.internal.preferences.StorePreferences;

/**
 * The estate the workbench shows: one open registry for the whole application, with the lifecycle (cases, roles)
 * and the store (audit findings) of the same location opened when first needed. Views listen for changes (another
 * estate opened, or data changed by a save, an import, an audit or a case step) and reload.
 */
public final class EstateSession {
	private static volatile EstateRegistry registry;
	private static volatile String location;
	private static Lifecycle lifecycle;
	private static Store store;
	/** The actor's role as last read (actor, role or null); cleared when the estate changes. */
	private static volatile Object[] roleCache;
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

	/**
	 * Shows another estate; the previous registry (and its lifecycle and store) is closed.
	 *
	 * @param storeLocation where the registry was opened (null for the default store): the lifecycle and the audit
	 *                      findings are read from the same place
	 */
	public static void open(EstateRegistry newRegistry, String storeLocation) {
		EstateRegistry old = registry;
		closeSideParts();
		registry = newRegistry;
		location = storeLocation;
		if (old != null && old != newRegistry) {
			old.close();
		}
		changed();
	}

	/** Closes the open registry, if any. */
	public static void close() {
		EstateRegistry old = registry;
		registry = null;
		closeSideParts();
		if (old != null) {
			old.close();
		}
	}

	private static synchronized void closeSideParts() {
		if (lifecycle != null) {
			lifecycle.close();
			lifecycle = null;
		}
		if (store != null) {
			store.close();
			store = null;
		}
	}

	/** The store location the estate was opened at (null: the default store). */
	public static String location() {
		return location;
	}

	/** The lifecycle workflows on the open estate (opened on first use). */
	public static synchronized Lifecycle lifecycle() {
		registry();
		if (lifecycle == null) {
			lifecycle = Services.get(LifecycleFactory.class).open(location);
		}
		return lifecycle;
	}

	/** The open estate's store, for the tables other bundles keep there (audit findings). */
	public static synchronized Store store() {
		registry();
		if (store == null) {
			store = Store.open(location == null ? StoreLocation.defaultLocation() : StoreLocation.parse(location));
		}
		return store;
	}

	/** Tells the listeners that the estate's data changed. Listeners run on the calling thread. */
	public static void changed() {
		roleCache = null;
		LISTENERS.forEach(Runnable::run);
	}

	public static void addListener(Runnable listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Runnable listener) {
		LISTENERS.remove(listener);
	}

	/**
	 * Who is acting in this session (recorded in lifecycle events and audit runs): the user named in the
	 * preferences, else the OS user.
	 */
	public static String actor() {
		String preferred = StorePreferences.actor();
		return preferred != null ? preferred : System.getProperty("user.name", "unknown");
	}

	/** The actor's lifecycle role, or empty when none was granted (or no estate is open). */
	public static Optional<Role> role() {
		if (registry == null) {
			return Optional.empty();
		}
		String actor = actor();
		Object[] cached = roleCache;
		if (cached == null || !cached[0].equals(actor)) {
			cached = new Object[] { actor, lifecycle().role(actor).orElse(null) };
			roleCache = cached;
		}
		return Optional.ofNullable((Role) cached[1]);
	}
}
