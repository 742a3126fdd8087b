package io.posestate.ui.internal.editors;

/** A merchant, by merchant number. */
public final class MerchantEditorInput extends KeyEditorInput {
	public MerchantEditorInput(String merchantNo) {
		super(merchantNo);
	}

	@Override
	public String getToolTipText() {
		return "Merchant " + key();
	}
}
