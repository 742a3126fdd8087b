package io.posestate.store.backed;

import io.posestate.store.Store;

/**
 * An object that works on an open estate store (e.g. an estate registry) and lets trusted in-process callers work on
 * the same store: a bundle keeping its own schema area there uses this store instead of reconnecting by a printable
 * location, which has its password masked. The store stays owned by this object: do not close it, and show people
 * {@code store().location().toString()} (masked), never its {@code url()}.
 */
@org.osgi.annotation.versioning.ProviderType
public interface StoreBacked {

	/** The open store underneath; closed when its owner is closed. */
	Store store();
}
