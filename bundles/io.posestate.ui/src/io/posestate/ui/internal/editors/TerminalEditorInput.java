package io.posestate.ui.internal.editors;

/** A terminal, by serial number. */
public final class TerminalEditorInput extends KeyEditorInput {
	public TerminalEditorInput(String serialNumber) {
		super(serialNumber);
	}

	@Override
	public String getToolTipText() {
		return "Terminal " + key();
	}
}
