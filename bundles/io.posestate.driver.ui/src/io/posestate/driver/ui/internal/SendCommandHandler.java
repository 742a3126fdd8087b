package io.posestate.driver.ui.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.posestate.driver.RemoteCommand;
import io.posestate.fleet.FleetStore;
import io.posestate.fleet.FleetStores;
import io.posestate.fleet.FleetTerminal;
import io.posestate.fleet.RemoteCommands;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.ui.EstateSession;

/**
 * Sends the selected terminal a remote command its driver supports: the command is encoded by the driver and kept
 * pending in the store until the terminal fetches and acknowledges it. The actor is recorded with it.
 */
public final class SendCommandHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		Object first = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s ? s.getFirstElement()
				: null;
		if (!(first instanceof FleetTerminal terminal)) {
			MessageDialog.openInformation(shell, "Send Remote Command", "Select a terminal in the Fleet view first.");
			return null;
		}
		List<RemoteCommand.Type> supported = FleetData.supported(Services.get(RemoteCommands.class), terminal);
		SendCommandDialog dialog = new SendCommandDialog(shell, terminal, supported);
		if (dialog.open() != Window.OK || dialog.chosen() == null) {
			return null;
		}
		EstateRegistry registry = EstateSession.current().orElseThrow(() -> new ExecutionException("no estate is open"));
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		try (FleetStore store = EstateFleet.open(Services.get(FleetStores.class), registry)) {
			RemoteCommands.Issued issued = store.issue(terminal.vendorId(), terminal.serialNumber(), terminal.model(),
					dialog.chosen(), dialog.chosenArgument(), EstateSession.actor());
			if (part instanceof FleetView view) {
				view.refresh();
				view.setMessage("Command " + issued.command().id() + " (" + dialog.chosen().label() + ") pending for "
						+ terminal.serialNumber() + " until the terminal acknowledges it");
			}
			return issued;
		} catch (Exception e) {
			MessageDialog.openError(shell, "Send Remote Command", "Not sent: " + e.getMessage());
			return null;
		}
	}
}
