package io.posestate.ui.internal.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import io.posestate.ui.EstateSession;
import io.posestate.ui.internal.Workbench;

/** Report generation as Jobs, and opening a report in the desktop's viewer for its type (HTML, PDF). */
public final class ReportJobs {
	public static final String FAMILY = "io.posestate.ui.jobs.report";

	private ReportJobs() {
	}

	/** The file a case's evidence report is written to. */
	public static Path caseReportFile(long caseId) throws IOException {
		return Reports.root().resolve("case-" + caseId + ".html");
	}

	/**
	 * A job writing the lifecycle's evidence report of a case (HTML, phone numbers masked) to
	 * {@link #caseReportFile}: written to a temporary file and moved in place, so a cancelled or failed job leaves
	 * the previous report untouched.
	 */
	public static Job caseReport(long caseId, boolean open) {
		Job job = new Job("Case " + caseId + " report") {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				Path tmp = null;
				try {
					monitor.beginTask(getName(), 2);
					String html = EstateSession.lifecycle().report(caseId);
					monitor.worked(1);
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					Path target = caseReportFile(caseId);
					tmp = Files.createTempFile(target.getParent(), ".case-", ".html");
					Files.writeString(tmp, html, StandardCharsets.UTF_8);
					Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
					if (open) {
						open(target);
					}
					return Status.info("Case " + caseId + " report: " + target);
				} catch (IOException | RuntimeException e) {
					return Status.error("Case " + caseId + " report failed: " + e.getMessage(), e);
				} finally {
					if (tmp != null) {
						tmp.toFile().delete();
					}
					monitor.done();
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return FAMILY.equals(family);
			}
		};
		job.setUser(true);
		return job;
	}

	/** Opens a report with the desktop's program for its type; says where it is when there is none. */
	public static void open(Path report) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			boolean launched = Files.isRegularFile(report) && Program.launch(report.toString());
			var page = Workbench.activePage();
			if (page != null && page.getActivePart() != null) {
				var bars = page.getActivePart().getSite() instanceof org.eclipse.ui.IViewSite v ? v.getActionBars()
						: page.getActiveEditor() != null ? page.getActiveEditor().getEditorSite().getActionBars() : null;
				if (bars != null) {
					bars.getStatusLineManager().setMessage(
							(launched ? "Opened " : "No viewer for this type of file; the report is at ") + report);
				}
			}
		});
	}
}
