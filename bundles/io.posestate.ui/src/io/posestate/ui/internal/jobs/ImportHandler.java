package io.posestate.ui.internal.jobs;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import io.posestate.ui.internal.WorkbenchApplication;

/** Estate &gt; Import Registry Files...: imports a folder's registry files as a job. */
public final class ImportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		DirectoryDialog dialog = new DirectoryDialog(HandlerUtil.getActiveShell(event));
		dialog.setText("Import registry files");
		dialog.setMessage("A folder with merchants.csv, terminals.csv, phone_status.csv and/or licensed_acquirers.csv");
		Path demo = WorkbenchApplication.demoFiles();
		if (demo != null) {
			dialog.setFilterPath(demo.toString());
		}
		String folder = dialog.open();
		if (folder != null) {
			new ImportJob(Path.of(folder)).schedule();
		}
		return null;
	}
}
