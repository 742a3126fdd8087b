package io.posestate.driver.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.posestate.driver.RemoteCommand;
import io.posestate.fleet.FleetTerminal;

/**
 * Chooses a remote command for one terminal among those its driver supports for its model; asks for the screen
 * text or firmware version when the command needs one.
 */
public final class SendCommandDialog extends Dialog {
	private final FleetTerminal terminal;
	private final List<RemoteCommand.Type> supported;
	private ComboViewer commands;
	private Text argument;
	private Label problem;
	private RemoteCommand.Type chosen;
	private String chosenArgument;

	SendCommandDialog(Shell parent, FleetTerminal terminal, List<RemoteCommand.Type> supported) {
		super(parent);
		this.terminal = terminal;
		this.supported = List.copyOf(supported);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Send Remote Command to " + terminal.serialNumber());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		Label about = new Label(area, SWT.WRAP);
		about.setText(terminal.serialNumber() + " (" + terminal.vendorId() + " " + terminal.modelName().orElse("?")
				+ "): the commands its driver supports for this model");
		GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(about);
		new Label(area, SWT.NONE).setText("Command:");
		commands = new ComboViewer(area, SWT.READ_ONLY | SWT.DROP_DOWN);
		commands.setContentProvider(ArrayContentProvider.getInstance());
		commands.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((RemoteCommand.Type) element).label();
			}
		});
		commands.setInput(supported);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(commands.getControl());
		new Label(area, SWT.NONE).setText("Text or version:");
		argument = new Text(area, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(argument);
		problem = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(problem);
		commands.addSelectionChangedListener(e -> validate());
		argument.addModifyListener(e -> validate());
		if (!supported.isEmpty()) {
			commands.setSelection(new StructuredSelection(supported.get(0)));
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Send", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private RemoteCommand.Type selected() {
		return (RemoteCommand.Type) ((IStructuredSelection) commands.getSelection()).getFirstElement();
	}

	private void validate() {
		RemoteCommand.Type type = selected();
		argument.setEnabled(type != null && type.needsArgument());
		String message = supported.isEmpty() ? "The driver supports no remote command for this model"
				: type == null ? "Choose a command"
						: type.needsArgument() && argument.getText().isBlank()
								? "\"" + type.label() + "\" needs a text or version" : "";
		problem.setText(message);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(message.isEmpty());
		}
	}

	@Override
	protected void okPressed() {
		chosen = selected();
		chosenArgument = chosen.needsArgument() ? argument.getText().strip() : null;
		super.okPressed();
	}

	/** The commands offered, in the order shown. */
	public List<RemoteCommand.Type> offered() {
		return supported;
	}

	public ComboViewer commandsViewer() {
		return commands;
	}

	public Text argumentText() {
		return argument;
	}

	/** Presses Send, as the button does when enabled; false when it is not. */
	public boolean send() {
		if (!getButton(IDialogConstants.OK_ID).isEnabled()) {
			return false;
		}
		okPressed();
		return true;
	}

	/** Presses Cancel. */
	public void cancel() {
		cancelPressed();
	}

	/** The command chosen with Send; null when the dialog was cancelled or closed. */
	RemoteCommand.Type chosen() {
		return chosen;
	}

	String chosenArgument() {
		return chosenArgument;
	}
}
