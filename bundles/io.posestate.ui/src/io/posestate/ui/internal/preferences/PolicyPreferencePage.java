package io.posestate.ui.internal.preferences;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window &gt; Preferences &gt; POS Estate &gt; Audit Policy: the thresholds the audit rules apply (formats.md). */
public final class PolicyPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
	public static final String ID = "io.posestate.ui.preferences.policy";

	/** The fields, to check the policy as a whole as it is entered. */
	private final List<StringFieldEditor> editors = new ArrayList<>();

	public PolicyPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, StorePreferences.NODE));
		setDescription("Thresholds of the audit rules, used by the next Run Audit. Defaults are those of formats.md.");
	}

	@Override
	protected void createFieldEditors() {
		addField(new DecimalFieldEditor(StorePreferences.DEFAULT_LIMIT, "No-verification &limit (amount):", null));
		addField(days(StorePreferences.DORMANT_WARNING, "Dormant &warning after more than (days):"));
		addField(days(StorePreferences.DORMANT_CRITICAL, "Dormant &critical after more than (days):"));
		IntegerFieldEditor min = new IntegerFieldEditor(StorePreferences.SPIKE_MIN,
				"Failure spike: at least (&transactions a day):", getFieldEditorParent());
		min.setValidRange(1, Integer.MAX_VALUE);
		addField(min);
		addField(new DecimalFieldEditor(StorePreferences.SPIKE_SHARE, "Failure spike: failed &share (0..1):",
				BigDecimal.ONE));
	}

	private IntegerFieldEditor days(String key, String label) {
		IntegerFieldEditor e = new IntegerFieldEditor(key, label, getFieldEditorParent());
		e.setValidRange(0, 100_000);
		return e;
	}

	@Override
	protected void checkState() {
		super.checkState();
		if (isValid()) {
			try {
				// the builder's own checks (warning <= critical...) on the values as entered
				StorePreferences.policy(fieldValues());
			} catch (IllegalArgumentException | ArithmeticException e) {
				setErrorMessage(e.getMessage());
				setValid(false);
			}
		}
	}

	@Override
	public void propertyChange(PropertyChangeEvent event) {
		super.propertyChange(event);
		if (event.getProperty().equals(FieldEditor.VALUE)) {
			checkState();
		}
	}

	/** The values as entered, by preference key. */
	private Map<String, String> fieldValues() {
		Map<String, String> values = new HashMap<>();
		editors.forEach(e -> values.put(e.getPreferenceName(), e.getStringValue()));
		return values;
	}

	@Override
	protected void addField(FieldEditor editor) {
		super.addField(editor);
		if (editor instanceof StringFieldEditor s) {
			editors.add(s);
		}
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to set up
	}

	/** A decimal number, at least 0 and at most {@code max} (null: no maximum). */
	private final class DecimalFieldEditor extends StringFieldEditor {
		private final BigDecimal max;

		DecimalFieldEditor(String key, String label, BigDecimal max) {
			super(key, label, getFieldEditorParent());
			this.max = max;
			setEmptyStringAllowed(false);
		}

		@Override
		protected boolean doCheckState() {
			try {
				BigDecimal v = new BigDecimal(getStringValue().strip());
				if (v.signum() < 0 || max != null && v.compareTo(max) > 0) {
					setErrorMessage(getLabelText() + " must be between 0 and " + (max == null ? "any amount" : max));
					return false;
				}
				return true;
			} catch (NumberFormatException e) {
				setErrorMessage(getLabelText() + " is not a number");
				return false;
			}
		}
	}
}
