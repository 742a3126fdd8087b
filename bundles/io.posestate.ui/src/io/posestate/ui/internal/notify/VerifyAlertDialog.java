package io.posestate.ui.internal.notify;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.posestate.notify.AlertVerifier;
import io.posestate.notify.SentMessage;
import io.posestate.notify.Verification;
import io.posestate.ui.EstateSession;
import io.posestate.ui.internal.Services;
import io.posestate.ui.internal.UiMasking;

/**
 * Estate &gt; Verify Alert...: the analyst types the reference code a merchant read out and sees whether the acquirer
 * really sent it, for which terminal and cause (the recipient's number masked unless the role allows).
 */
public final class VerifyAlertDialog extends Dialog {
	private Text code;
	private Label verdict;
	private Text details;

	public VerifyAlertDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Verify Alert");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
		new Label(area, SWT.NONE).setText("Reference code:");
		code = new Text(area, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(code);
		Button check = new Button(area, SWT.PUSH);
		check.setText("&Verify");
		check.addListener(SWT.Selection, e -> verify());
		code.addListener(SWT.DefaultSelection, e -> verify());
		verdict = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(verdict);
		details = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(420, 90).applyTo(details);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** Checks the typed code and shows the answer. */
	public void verify() {
		String typed = code.getText().strip();
		if (typed.isEmpty()) {
			show("Enter the reference code quoted in the alert.", "");
			return;
		}
		Verification v;
		try {
			v = Services.get(AlertVerifier.class).verify(EstateSession.location(), typed);
		} catch (RuntimeException e) {
			show("Cannot verify: " + e.getMessage(), "");
			return;
		}
		switch (v.verdict()) {
		case GENUINE -> show("GENUINE: the acquirer sent " + v.code() + ".", describe(v.message()));
		case MALFORMED -> show("MALFORMED: " + typed + " is not a reference code we issue (mistyped or invented).",
				"Do not trust this message; call the acquirer's official service number.");
		case UNKNOWN -> show("UNKNOWN: " + v.code() + " was never sent by the acquirer.",
				"Do not trust this message; call the acquirer's official service number.");
		}
	}

	private static String describe(SentMessage m) {
		return "Terminal: " + m.terminal() + "\nCause: " + (m.cause() == null ? "-" : m.cause().text())
				+ "\nSent to: " + UiMasking.phone(m.recipient()) + "\nQueued: " + m.createdAt() + " by " + m.actor()
				+ (m.approvedBy() == null ? "" : ", approved by " + m.approvedBy()) + "\nState: " + m.state();
	}

	private void show(String verdictText, String detailText) {
		verdict.setText(verdictText);
		details.setText(detailText);
		verdict.getParent().layout(true, true);
	}

	public Text code() {
		return code;
	}

	public String verdict() {
		return verdict.getText();
	}

	public String details() {
		return details.getText();
	}
}
