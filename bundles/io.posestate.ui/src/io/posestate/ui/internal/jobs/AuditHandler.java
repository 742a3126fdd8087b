package io.posestate.ui.internal.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.HandlerUtil;

import io.posestate.demo.DemoEstate;
import io.posestate.ui.internal.WorkbenchApplication;
import io.posestate.ui.internal.preferences.StorePreferences;

/**
 * Estate &gt; Run Audit...: asks for a transactions.csv and the audit date, then audits it against the open estate
 * as a job with the policy of the preferences.
 */
public final class AuditHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		AuditDialog dialog = new AuditDialog(HandlerUtil.getActiveShell(event));
		if (dialog.open() == Window.OK) {
			new AuditJob(dialog.transactions, dialog.asOf, StorePreferences.policy()).schedule();
		}
		return null;
	}

	/** The transactions file and the audit date. */
	static final class AuditDialog extends TitleAreaDialog {
		private Text file;
		private DateTime date;
		Path transactions;
		LocalDate asOf;

		AuditDialog(Shell shell) {
			super(shell);
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			setTitle("Run an audit");
			setMessage("The audit rules run over the transactions against the open estate's registry, with the"
					+ " policy thresholds of the preferences; findings are stored with the estate.");
			Composite body = new Composite(area, SWT.NONE);
			GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
			new Label(body, SWT.NONE).setText("&Transactions:");
			file = new Text(body, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(file);
			Path demo = WorkbenchApplication.demoFiles();
			if (demo != null) {
				file.setText(demo.resolve("transactions.csv").toString());
			}
			Button browse = new Button(body, SWT.PUSH);
			browse.setText("Browse...");
			browse.addListener(SWT.Selection, e -> {
				FileDialog d = new FileDialog(getShell(), SWT.OPEN);
				d.setFilterExtensions(new String[] { "*.csv", "*" });
				String chosen = d.open();
				if (chosen != null) {
					file.setText(chosen);
				}
			});
			new Label(body, SWT.NONE).setText("&As of:");
			date = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
			LocalDate initial = demo != null ? DemoEstate.Options.DEFAULT_AS_OF : LocalDate.now();
			date.setDate(initial.getYear(), initial.getMonthValue() - 1, initial.getDayOfMonth());
			return area;
		}

		@Override
		protected void okPressed() {
			Path p = Path.of(file.getText().strip());
			if (!Files.isRegularFile(p)) {
				setErrorMessage("No such file: " + p);
				return;
			}
			try {
				StorePreferences.policy();
			} catch (IllegalArgumentException e) {
				setErrorMessage(e.getMessage() + " (Window > Preferences > POS Estate > Audit Policy)");
				return;
			}
			transactions = p;
			asOf = LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
			super.okPressed();
		}

		@Override
		protected void createButtonsForButtonBar(Composite parent) {
			createButton(parent, IDialogConstants.OK_ID, "&Run audit", true);
			createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		}
	}
}
