package io.posestate.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.posestate.lifecycle.Role;
import io.posestate.ui.EstateSession;

/**
 * Window &gt; Preferences &gt; POS Estate &gt; Masking: which lifecycle roles see phone and account numbers in clear.
 * Everyone else, and anyone without a role, sees them masked. Reports are always masked.
 */
public final class MaskingPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
	public static final String ID = "io.posestate.ui.preferences.masking";

	public MaskingPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, StorePreferences.NODE));
		setDescription("Phone and account numbers are masked (138****5678, ************1234) unless the acting"
				+ " user's role is checked here. Roles are granted by a supervisor in the lifecycle.");
	}

	@Override
	protected void createFieldEditors() {
		for (Role role : Role.values()) {
			String name = role.name().charAt(0) + role.name().substring(1).toLowerCase();
			addField(new BooleanFieldEditor(StorePreferences.unmaskKey(role), name + "s see numbers in clear",
					getFieldEditorParent()));
		}
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		EstateSession.changed(); // views re-render with the new masking
		return ok;
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to set up
	}
}
