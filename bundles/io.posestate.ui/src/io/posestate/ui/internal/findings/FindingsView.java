package io.posestate.ui.internal.findings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import io.posestate.audit.api.Finding;
import io.posestate.audit.api.Severity;
import io.posestate.ui.EstateSession;
import io.posestate.ui.internal.Workbench;
import io.posestate.ui.internal.findings.StoredFindings.Run;
import io.posestate.ui.internal.jobs.ReportJobs;
import io.posestate.ui.internal.jobs.Reports;

/**
 * The findings of the newest stored audit, like the Problems view: grouped by rule (most severe first), each with
 * its severity icon, terminal, merchant, transaction count and time span. Double-clicking a finding opens its
 * terminal (or merchant) editor. The run's HTML and PDF reports open from here.
 */
public final class FindingsView extends ViewPart {
	private Label headline;
	private TreeViewer viewer;
	private Button openHtml;
	private Button openPdf;
	private Button openAlerts;
	private volatile Run run;
	private volatile List<Finding> findings = List.of();
	private final Runnable onEstateChanged = () -> {
		if (viewer != null && !viewer.getTree().isDisposed()) {
			viewer.getTree().getDisplay().asyncExec(this::reload);
		}
	};

	/** The findings of one rule. */
	record RuleGroup(String rule, Severity worst, List<Finding> findings) {
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).applyTo(parent);
		headline = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(headline);
		openHtml = new Button(parent, SWT.PUSH);
		openHtml.setText("Open &HTML report");
		openHtml.addListener(SWT.Selection, e -> openReport("report.html"));
		openPdf = new Button(parent, SWT.PUSH);
		openPdf.setText("Open &PDF report");
		openPdf.addListener(SWT.Selection, e -> openReport("report.pdf"));
		openAlerts = new Button(parent, SWT.PUSH);
		openAlerts.setText("Open stop-use &alerts");
		openAlerts.setToolTipText("Opens an S2 stop-use alert case for every critical finding on a registered terminal"
				+ " (the Cases board lists them)");
		openAlerts.addListener(SWT.Selection, e -> openAlerts());
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(viewer.getTree());
		viewer.setContentProvider(new Content());
		column("Description", 420, f -> f.detail() == null ? "" : f.detail(), true);
		column("Terminal", 170, Finding::serialNumber, false);
		column("Merchant", 140, Finding::merchantNo, false);
		column("Transactions", 90, f -> f.count() == null ? "" : String.format("%,d", f.count()), false);
		column("First", 150, f -> f.firstTime() == null ? "" : f.firstTime().toString(), false);
		column("Last", 150, f -> f.lastTime() == null ? "" : f.lastTime().toString(), false);
		viewer.addDoubleClickListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
		getSite().setSelectionProvider(viewer);
		EstateSession.addListener(onEstateChanged);
		reload();
	}

	private void column(String title, int width, Function<Finding, String> text, boolean first) {
		TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof RuleGroup g) {
					return first ? String.format("%s (%,d)", g.rule(), g.findings().size()) : "";
				}
				String s = text.apply((Finding) element);
				return s == null ? "" : s;
			}

			@Override
			public Image getImage(Object element) {
				if (!first) {
					return null;
				}
				return icon(element instanceof RuleGroup g ? g.worst() : ((Finding) element).severity());
			}
		});
	}

	/** The Problems view's icons: error for CRITICAL, warning for WARNING, info for INFO. */
	static Image icon(Severity severity) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		return images.getImage(switch (severity) {
		case CRITICAL -> ISharedImages.IMG_OBJS_ERROR_TSK;
		case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
		case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
		});
	}

	/** Reads the newest run in a job and shows it. */
	public void reload() {
		if (EstateSession.current().isEmpty()) {
			show(null, List.of());
			return;
		}
		Job job = Job.create("Reading audit findings", (IProgressMonitor monitor) -> {
			Run latest = StoredFindings.latestRun(EstateSession.store()).orElse(null);
			List<Finding> list = latest == null ? List.of() : StoredFindings.findings(EstateSession.store(), latest.id());
			if (!viewer.getTree().isDisposed()) {
				viewer.getTree().getDisplay().asyncExec(() -> show(latest, list));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(Run latest, List<Finding> list) {
		if (viewer.getTree().isDisposed()) {
			return;
		}
		run = latest;
		findings = list;
		viewer.setInput(groups(list));
		if (latest == null) {
			headline.setText("No audit stored yet: Estate > Run Audit... audits a transactions.csv.");
		} else {
			long critical = list.stream().filter(f -> f.severity() == Severity.CRITICAL).count();
			long warnings = list.stream().filter(f -> f.severity() == Severity.WARNING).count();
			headline.setText(String.format("Audit run %d as of %s by %s: %,d transactions, %,d findings"
					+ " (%,d critical, %,d warnings, %,d infos)", latest.id(), latest.asOf(), latest.actor(),
					latest.transactions(), list.size(), critical, warnings, list.size() - critical - warnings));
		}
		boolean reports = latest != null && reportsOf(latest) != null;
		openHtml.setEnabled(reports);
		openPdf.setEnabled(reports);
		openAlerts.setEnabled(reports && list.stream().anyMatch(f -> f.severity() == Severity.CRITICAL));
		headline.getParent().layout();
	}

	/** Findings grouped by rule: most severe rules first, then by name. */
	static List<RuleGroup> groups(List<Finding> list) {
		Map<String, List<Finding>> byRule = new LinkedHashMap<>();
		for (Finding f : list) {
			byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
		}
		List<RuleGroup> groups = new ArrayList<>();
		byRule.forEach((rule, fs) -> groups.add(new RuleGroup(rule,
				fs.stream().map(Finding::severity).max(Enum::compareTo).orElse(Severity.INFO), fs)));
		groups.sort((a, b) -> a.worst() != b.worst() ? b.worst().compareTo(a.worst()) : a.rule().compareTo(b.rule()));
		return groups;
	}

	private static Path reportsOf(Run r) {
		try {
			Path dir = Reports.auditRun(r.id());
			return Files.isDirectory(dir) ? dir : null;
		} catch (IOException e) {
			return null;
		}
	}

	private void openReport(String name) {
		Run r = run;
		Path dir = r == null ? null : reportsOf(r);
		if (dir != null) {
			ReportJobs.open(dir.resolve(name));
		}
	}

	/**
	 * Opens S2 stop-use alerts for the shown run's critical findings through the lifecycle, as the acting user;
	 * the outcome (or the lifecycle's refusal) goes to the status line.
	 *
	 * @return how many cases were opened
	 */
	public int openAlerts() {
		Run r = run;
		Path dir = r == null ? null : reportsOf(r);
		if (dir == null) {
			return 0;
		}
		var status = getViewSite().getActionBars().getStatusLineManager();
		try {
			int opened = EstateSession.lifecycle()
					.openAlertsFromFindings(EstateSession.actor(), dir.resolve("findings.csv").toString()).size();
			status.setErrorMessage(null);
			status.setMessage(opened + " stop-use alert cases opened from audit run " + r.id());
			EstateSession.changed();
			return opened;
		} catch (RuntimeException e) {
			status.setErrorMessage(e.getMessage());
			return 0;
		}
	}

	/** Opens the terminal of a finding, or its merchant when it names no registered terminal. */
	public void open(Object element) {
		if (element instanceof RuleGroup g) {
			viewer.setExpandedState(g, !viewer.getExpandedState(g));
		} else if (element instanceof Finding f) {
			if (f.serialNumber() != null && EstateSession.registry().terminal(f.serialNumber()).isPresent()) {
				Workbench.openTerminal(getSite().getPage(), f.serialNumber());
			} else if (f.merchantNo() != null && EstateSession.registry().merchant(f.merchantNo()).isPresent()) {
				Workbench.openMerchant(getSite().getPage(), f.merchantNo());
			} else {
				getViewSite().getActionBars().getStatusLineManager().setErrorMessage(
						"Terminal " + f.serialNumber() + " is not in the registry (" + f.rule() + ")");
			}
		}
	}

	/** The run shown, or null (tests). */
	public Run run() {
		return run;
	}

	public List<Finding> findings() {
		return findings;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		EstateSession.removeListener(onEstateChanged);
		super.dispose();
	}

	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof RuleGroup g ? g.findings().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof RuleGroup;
		}
	}
}
