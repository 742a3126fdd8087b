package io.posestate.ui.internal.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import io.posestate.lifecycle.Lifecycle;
import io.posestate.lifecycle.LifecycleException;
import io.posestate.lifecycle.Role;
import io.posestate.lifecycle.StepInput;
import io.posestate.lifecycle.model.Case;
import io.posestate.lifecycle.model.CaseStatus;
import io.posestate.lifecycle.model.Scenario;
import io.posestate.lifecycle.model.Step;
import io.posestate.lifecycle.model.StepStatus;
import io.posestate.model.Evidence;
import io.posestate.ui.EstateSession;
import io.posestate.ui.internal.UiMasking;
import io.posestate.ui.internal.Workbench;
import io.posestate.ui.internal.jobs.ReportJobs;

/**
 * The Cases board: the lifecycle's cases grouped by scenario, filtered by scenario and status, with the steps of
 * the selected case. The acting user advances the next step (note, values, evidence files), and a supervisor
 * approves or rejects a step waiting for a second person; the lifecycle's refusals (e.g. approving one's own
 * request) are shown above the board. Everything is recorded by the lifecycle under the acting user's name.
 */
public final class CasesView extends ViewPart {
	private static final String ANY = "All";
	/** What the scenarios are about (scenarios.md). */
	private static final Map<Scenario, String> SCENARIOS = Map.of(Scenario.S1, "S1 Re-binding a cancelled phone",
			Scenario.S2, "S2 Stop-use alerts", Scenario.S3, "S3 Replacement and deactivation", Scenario.S4,
			"S4 Diagnosis and service", Scenario.S5, "S5 Signature incidents");

	private Combo scenario;
	private Combo status;
	private Label actor;
	private CLabel message;
	private TreeViewer cases;
	private TableViewer steps;
	private Button advance;
	private Button approve;
	private Button reject;
	private Button report;
	/** Loads started and the one shown (the board shows only the newest). */
	private long loads;
	private long loaded = -1;
	private final Runnable onEstateChanged = () -> {
		if (cases != null && !cases.getTree().isDisposed()) {
			cases.getTree().getDisplay().asyncExec(this::reload);
		}
	};

	/** A scenario's group on the board. */
	record Group(Scenario scenario, List<Case> cases) {
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(5).margins(4, 4).applyTo(parent);
		new Label(parent, SWT.NONE).setText("Scenario:");
		scenario = combo(parent, ANY, "S1", "S2", "S3", "S4", "S5");
		new Label(parent, SWT.NONE).setText("Status:");
		status = combo(parent, ANY, CaseStatus.OPEN.getName(), CaseStatus.CLOSED.getName(),
				CaseStatus.CANCELLED.getName());
		status.setText(CaseStatus.OPEN.getName());
		actor = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(actor);
		message = new CLabel(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(5, 1).exclude(true).applyTo(message);
		message.setVisible(false);

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(sash);
		cases = new TreeViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		cases.getTree().setHeaderVisible(true);
		cases.setContentProvider(new BoardContent());
		caseColumn("Case", 260, this::caseLabel);
		caseColumn("Status", 80, c -> c.getStatus().getName());
		caseColumn("Subject", 160, CasesView::subject);
		caseColumn("Next step", 240, c -> next(c) == null ? "" : next(c).getNumber() + " " + next(c).getKind()
				+ (next(c).getStatus() == StepStatus.AWAITING_APPROVAL ? " (awaiting approval)" : ""));
		caseColumn("Opened by", 90, Case::getOpenedBy);
		caseColumn("Due", 90, c -> c.getDueDate() == null ? "" : c.getDueDate().toString());
		cases.addSelectionChangedListener(e -> showSteps());
		cases.addDoubleClickListener(e -> {
			Case c = selectedCase();
			if (c != null && c.getSerialNumber() != null) {
				Workbench.openTerminal(getSite().getPage(), c.getSerialNumber());
			}
		});

		steps = new TableViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		steps.getTable().setHeaderVisible(true);
		steps.getTable().setLinesVisible(true);
		steps.setContentProvider(ArrayContentProvider.getInstance());
		stepColumn("#", 40, s -> String.valueOf(s.getNumber()));
		stepColumn("Step", 300, s -> s.getKind() + ": " + s.getTitle());
		stepColumn("Status", 130, s -> s.getStatus().getName());
		stepColumn("By", 90, s -> s.getActor() == null ? "" : s.getActor());
		stepColumn("When", 150, s -> s.getTime() == null ? "" : s.getTime().toString());
		stepColumn("Evidence", 260, CasesView::evidence);
		stepColumn("Approvals", 200, s -> s.getApprovals().stream()
				.map(a -> a.getDecision().getName().toLowerCase() + " by " + a.getApprover()
						+ (a.getComment() == null ? "" : " (" + a.getComment() + ")"))
				.collect(Collectors.joining("; ")));
		stepColumn("Note", 200, s -> s.getNote() == null ? "" : s.getNote());
		sash.setWeights(60, 40);

		Composite buttons = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().span(5, 1).applyTo(buttons);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
		advance = button(buttons, "&Advance step...", this::openStepDialog);
		approve = button(buttons, "A&pprove", () -> decide(true, null));
		reject = button(buttons, "&Reject...", this::rejectWithComment);
		report = button(buttons, "Case &report", () -> {
			Case c = selectedCase();
			if (c != null) {
				ReportJobs.caseReport(c.getId(), true).schedule();
			}
		});
		scenario.addListener(SWT.Selection, e -> reload());
		status.addListener(SWT.Selection, e -> reload());
		getSite().setSelectionProvider(cases);
		EstateSession.addListener(onEstateChanged);
		reload();
	}

	private static Combo combo(Composite parent, String... items) {
		Combo c = new Combo(parent, SWT.READ_ONLY);
		c.setItems(items);
		c.select(0);
		return c;
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	private void caseColumn(String title, int width, Function<Case, String> text) {
		TreeViewerColumn c = new TreeViewerColumn(cases, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof Group g) {
					return title.equals("Case") ? String.format("%s (%d)", SCENARIOS.get(g.scenario()), g.cases().size())
							: "";
				}
				String s = text.apply((Case) element);
				return s == null ? "" : s;
			}

			@Override
			public Image getImage(Object element) {
				if (!title.equals("Case")) {
					return null;
				}
				ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
				if (element instanceof Group) {
					return images.getImage(ISharedImages.IMG_OBJ_FOLDER);
				}
				Step next = next((Case) element);
				return images.getImage(next != null && next.getStatus() == StepStatus.AWAITING_APPROVAL
						? ISharedImages.IMG_OBJS_WARN_TSK : ISharedImages.IMG_OBJ_FILE);
			}
		});
	}

	private void stepColumn(String title, int width, Function<Step, String> text) {
		TableViewerColumn c = new TableViewerColumn(steps, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Step) element);
			}
		});
	}

	private String caseLabel(Case c) {
		String cause = c.getScenario() == Scenario.S1 ? UiMasking.phone(c.getCause()) : c.getCause();
		return "#" + c.getId() + " " + (c.getTitle() == null ? "" : c.getTitle())
				+ (cause == null || cause.isBlank() || c.getScenario() != Scenario.S2 && c.getScenario() != Scenario.S1
						? "" : " [" + cause + "]");
	}

	private static String subject(Case c) {
		return c.getSerialNumber() != null ? c.getSerialNumber()
				: c.getMerchantNo() != null ? "merchant " + c.getMerchantNo() : "";
	}

	private static String evidence(Step s) {
		return s.getEvidence().stream().map(Evidence::getKind).collect(Collectors.joining(", "))
				+ (s.getActor() == null && !s.getRequiredEvidence().isEmpty()
						? "needs " + String.join(", ", s.getRequiredEvidence()) : "");
	}

	/** The first step not done, or null when all are. */
	static Step next(Case c) {
		return c.getSteps().stream().filter(s -> s.getStatus() != StepStatus.DONE).findFirst().orElse(null);
	}

	/** Reloads the board from the lifecycle in a job, keeping the selected case. */
	public void reload() {
		if (cases.getTree().isDisposed()) {
			return;
		}
		if (EstateSession.current().isEmpty()) {
			cases.setInput(List.of());
			return;
		}
		CaseStatus s = ANY.equals(status.getText()) ? null : CaseStatus.get(status.getText());
		Scenario sc = ANY.equals(scenario.getText()) ? null : Scenario.get(scenario.getText());
		long generation = ++loads;
		Job job = Job.create("Reading cases", (IProgressMonitor monitor) -> {
			List<Group> groups = load(s, sc);
			Role role = EstateSession.role().orElse(null);
			if (!cases.getTree().isDisposed()) {
				cases.getTree().getDisplay().asyncExec(() -> show(generation, groups, role));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** The cases of a status and scenario (null: any), grouped by scenario, each with its steps. */
	private static List<Group> load(CaseStatus s, Scenario sc) {
		Lifecycle lifecycle = EstateSession.lifecycle();
		Map<Scenario, List<Case>> byScenario = new LinkedHashMap<>();
		for (Case c : lifecycle.listWithSteps(s, sc)) {
			byScenario.computeIfAbsent(c.getScenario(), k -> new ArrayList<>()).add(c);
		}
		return byScenario.entrySet().stream()
				.sorted(Map.Entry.comparingByKey(Comparator.comparing(Scenario::getValue)))
				.map(e -> new Group(e.getKey(), e.getValue())).toList();
	}

	private void show(long generation, List<Group> groups, Role role) {
		if (cases.getTree().isDisposed() || generation != loads) {
			return;
		}
		Case selected = selectedCase();
		cases.setInput(groups);
		cases.expandAll();
		actor.setText("Acting as " + EstateSession.actor() + " ("
				+ (role == null ? "no role: a supervisor grants one" : role.name().toLowerCase()) + ")");
		actor.getParent().layout();
		if (selected != null) {
			groups.stream().flatMap(g -> g.cases().stream()).filter(c -> c.getId() == selected.getId()).findFirst()
					.ifPresent(c -> cases.setSelection(new StructuredSelection(c), true));
		}
		loaded = generation;
		showSteps();
	}

	/** Whether the board shows the newest load (tests wait for it after a reload). */
	public boolean isLoaded() {
		return loaded == loads;
	}

	private void showSteps() {
		Case c = selectedCase();
		steps.setInput(c == null ? List.of() : c.getSteps());
		Step next = c == null ? null : next(c);
		boolean open = c != null && c.getStatus() == CaseStatus.OPEN && next != null;
		Role role = EstateSession.current().isEmpty() ? null : EstateSession.role().orElse(null);
		advance.setEnabled(open && next.getStatus() == StepStatus.PENDING && role != null && role.mayAct());
		boolean awaiting = open && next.getStatus() == StepStatus.AWAITING_APPROVAL;
		approve.setEnabled(awaiting);
		reject.setEnabled(awaiting);
		report.setEnabled(c != null);
	}

	/** The selected case, or null. */
	public Case selectedCase() {
		Object first = ((IStructuredSelection) cases.getSelection()).getFirstElement();
		return first instanceof Case c ? c : null;
	}

	/** Selects a case on the board (tests, links from other views). */
	public void select(long caseId) {
		for (Object g : cases.getInput() == null ? List.of() : (List<?>) cases.getInput()) {
			for (Case c : ((Group) g).cases()) {
				if (c.getId() == caseId) {
					cases.setSelection(new StructuredSelection(c), true);
					return;
				}
			}
		}
		throw new IllegalArgumentException("case " + caseId + " is not on the board (filters: " + scenario.getText()
				+ ", " + status.getText() + ")");
	}

	private void openStepDialog() {
		StepDialog dialog = stepDialog();
		if (dialog != null) {
			dialog.open();
		}
	}

	/**
	 * The dialog recording the selected case's next step (not yet open; tests open it without blocking), or null
	 * when no case is selected.
	 */
	public StepDialog stepDialog() {
		Case c = selectedCase();
		Step next = c == null ? null : next(c);
		if (next == null) {
			return null;
		}
		return new StepDialog(getSite().getShell(), c, next, input -> record(c, next, input));
	}

	private void record(Case c, Step step, StepInput input) {
		EstateSession.lifecycle().step(c.getId(), c.getVersion(), step.getKind(), EstateSession.actor(), input);
		showMessage(null);
		EstateSession.changed();
	}

	private void rejectWithComment() {
		InputDialog dialog = new InputDialog(getSite().getShell(), "Reject step", "Why is the step rejected?", "",
				text -> text.isBlank() ? "Say why" : null);
		if (dialog.open() == Window.OK) {
			decide(false, dialog.getValue());
		}
	}

	/**
	 * Approves or rejects the selected case's step that awaits approval, as the acting user. A refusal (own
	 * request, not a supervisor, case changed meanwhile) is shown above the board.
	 *
	 * @return whether the lifecycle recorded the decision
	 */
	public boolean decide(boolean approved, String comment) {
		Case c = selectedCase();
		Step step = c == null ? null : next(c);
		if (step == null || step.getStatus() != StepStatus.AWAITING_APPROVAL) {
			showMessage("No step of the selected case awaits approval.");
			return false;
		}
		try {
			EstateSession.lifecycle().approve(c.getId(), c.getVersion(), step.getKind(), EstateSession.actor(),
					approved, comment);
		} catch (LifecycleException e) {
			showMessage(e.getMessage());
			return false;
		}
		showMessage(null);
		EstateSession.changed();
		return true;
	}

	/** Shows a refusal above the board (null hides it). */
	private void showMessage(String text) {
		message.setText(text == null ? "" : text);
		message.setImage(text == null ? null
				: PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
		message.setVisible(text != null);
		((org.eclipse.swt.layout.GridData) message.getLayoutData()).exclude = text == null;
		message.getParent().layout(true, true);
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(text);
	}

	/** The refusal shown now, or null (tests). */
	public String message() {
		return message.isVisible() ? message.getText() : null;
	}

	public TreeViewer cases() {
		return cases;
	}

	public TableViewer steps() {
		return steps;
	}

	@Override
	public void setFocus() {
		cases.getControl().setFocus();
	}

	@Override
	public void dispose() {
		EstateSession.removeListener(onEstateChanged);
		super.dispose();
	}

	private static final class BoardContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Group g ? g.cases().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Group g && !g.cases().isEmpty();
		}
	}
}
