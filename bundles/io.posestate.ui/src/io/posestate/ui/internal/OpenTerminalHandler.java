package io.posestate.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.posestate.ui.EstateSession;

/** Estate &gt; Open Terminal...: asks for a serial number and opens its editor. */
public final class OpenTerminalHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		InputDialog dialog = new InputDialog(window.getShell(), "Open Terminal", "Serial number:", "",
				text -> text.isBlank() ? "Enter a serial number"
						: EstateSession.registry().terminal(text.strip()).isPresent() ? null
								: "No terminal with serial number " + text.strip());
		if (dialog.open() == Window.OK) {
			Workbench.openTerminal(window.getActivePage(), dialog.getValue().strip());
		}
		return null;
	}
}
