package io.posestate.ui.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The SWT side of the application: only reached once a display is known to be there. */
final class WorkbenchLauncher {
	private WorkbenchLauncher() {
	}

	/** @param benchmark whether to run the Terminals table benchmark once the window is open, then close */
	static int run(boolean benchmark) {
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new EstateWorkbenchAdvisor(benchmark));
			return code == PlatformUI.RETURN_RESTART ? (Integer) IApplication.EXIT_RESTART : 0;
		} finally {
			display.dispose();
		}
	}

	static void close() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
