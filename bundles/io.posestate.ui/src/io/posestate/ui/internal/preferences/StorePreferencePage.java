package io.posestate.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Window &gt; Preferences &gt; POS Estate: the store the workbench opens when no --store is given, and who acts
 * (recorded in lifecycle events and audit runs; their lifecycle role decides what they may do and see).
 */
public final class StorePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
	public static final String ID = "io.posestate.ui.preferences.store";

	public StorePreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, StorePreferences.NODE));
		setDescription("Where the estate is stored (used from the next start of the workbench; "
				+ "./posestate workbench --store URL overrides it), and who acts.");
	}

	@Override
	protected void createFieldEditors() {
		StringFieldEditor store = new StringFieldEditor(StorePreferences.STORE, "Store &location:",
				getFieldEditorParent());
		store.getTextControl(getFieldEditorParent())
				.setMessage("folder (embedded H2), jdbc:h2:... or jdbc:postgresql://...; empty: the default store");
		addField(store);
		StringFieldEditor actor = new StringFieldEditor(StorePreferences.ACTOR, "&Acting user:", getFieldEditorParent());
		actor.getTextControl(getFieldEditorParent())
				.setMessage("empty: the operating system user (" + System.getProperty("user.name") + ")");
		addField(actor);
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		io.posestate.ui.EstateSession.changed(); // the acting user, and so the role, may have changed
		return ok;
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to set up
	}
}
