package io.posestate.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;

/** The workbench's preferences (instance scope, so per workspace under ~/.posestate). No SWT here. */
public final class StorePreferences {
	static final String NODE = "io.posestate.ui";
	static final String STORE = "store";

	private StorePreferences() {
	}

	/** The preferred store location, or null for the registry's default. */
	public static String store() {
		String value = InstanceScope.INSTANCE.getNode(NODE).get(STORE, "");
		return value.isBlank() ? null : value.strip();
	}
}
