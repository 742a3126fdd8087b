package io.posestate.ui.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import io.posestate.ui.EstateUi;
import io.posestate.ui.internal.editors.MerchantEditorInput;
import io.posestate.ui.internal.editors.TerminalEditorInput;

/** Opening editors from views and handlers. */
public final class Workbench {
	private Workbench() {
	}

	public static void openTerminal(IWorkbenchPage page, String serialNumber) {
		open(page, new TerminalEditorInput(serialNumber), EstateUi.TERMINAL_EDITOR);
	}

	public static void openMerchant(IWorkbenchPage page, String merchantNo) {
		open(page, new MerchantEditorInput(merchantNo), EstateUi.MERCHANT_EDITOR);
	}

	private static void open(IWorkbenchPage page, IEditorInput input, String editorId) {
		try {
			page.openEditor(input, editorId);
		} catch (PartInitException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Cannot open " + input.getName(),
					e.getMessage());
		}
	}

	public static IWorkbenchPage activePage() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return window == null ? null : window.getActivePage();
	}
}
