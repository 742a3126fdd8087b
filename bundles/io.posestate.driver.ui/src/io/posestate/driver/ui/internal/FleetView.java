package io.posestate.driver.ui.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import io.posestate.driver.ErrorCode.Severity;
import io.posestate.fleet.FleetStores;
import io.posestate.fleet.FleetTerminal;
import io.posestate.fleet.StoredAlert;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.ui.EstateSession;

/**
 * The fleet of the open estate: each terminal's latest status (with the icon of its worst open alert) and the open
 * alerts, CRITICAL first, from the store's fleet area. Reloads in a job when the estate changes or on Refresh.
 */
public final class FleetView extends ViewPart {
	public static final String ID = "io.posestate.driver.ui.views.fleet";

	private TableViewer terminals;
	private TableViewer alerts;
	private Label status;
	private volatile FleetData data;
	private volatile boolean loaded;
	private final Runnable onEstateChanged = () -> {
		Display d = PlatformUI.getWorkbench().getDisplay();
		d.asyncExec(this::refresh);
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);

		terminals = table(sash);
		column(terminals, "Serial", 160, t -> ((FleetTerminal) t).serialNumber(),
				t -> data == null ? null : data.worst((FleetTerminal) t).map(FleetView::icon).orElse(null));
		column(terminals, "Vendor", 90, t -> ((FleetTerminal) t).vendorId(), null);
		column(terminals, "Model", 80, t -> ((FleetTerminal) t).modelName().orElse(""), null);
		column(terminals, "Last seen", 170, t -> ((FleetTerminal) t).lastSeen().toString(), null);
		column(terminals, "Battery", 70, t -> percent(((FleetTerminal) t).batteryPercent()), null);
		column(terminals, "Signal", 60, t -> percent(((FleetTerminal) t).signalPercent()), null);
		column(terminals, "Paper", 60, t -> ((FleetTerminal) t).paper().name(), null);
		column(terminals, "Tamper", 60, t -> ((FleetTerminal) t).tampered() ? "YES" : "no", null);
		column(terminals, "Errors", 120, t -> String.join(" ", ((FleetTerminal) t).errors().stream()
				.map(e -> e.code()).toList()), null);
		column(terminals, "Pending", 60, t -> data == null ? "" : String.valueOf(data.pending((FleetTerminal) t)),
				null);

		alerts = table(sash);
		column(alerts, "Severity", 100, a -> ((StoredAlert) a).alert().severity().name(),
				a -> icon(((StoredAlert) a).alert().severity()));
		column(alerts, "Kind", 90, a -> ((StoredAlert) a).alert().kind().name(), null);
		column(alerts, "Terminal", 160, a -> ((StoredAlert) a).alert().serialNumber(), null);
		column(alerts, "Since", 170, a -> ((StoredAlert) a).openedAt().toString(), null);
		column(alerts, "Message", 400, a -> ((StoredAlert) a).alert().message(), null);
		sash.setWeights(3, 2);

		getSite().setSelectionProvider(terminals);
		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		terminals.getTable().setMenu(menu.createContextMenu(terminals.getTable()));
		getSite().registerContextMenu(menu, terminals);

		EstateSession.addListener(onEstateChanged);
		refresh();
	}

	/** Reloads from the store of the open estate, in a job. */
	public void refresh() {
		loaded = false;
		EstateRegistry registry = EstateSession.current().orElse(null);
		if (registry == null) {
			show(null, "No estate is open");
			return;
		}
		status.setText("Loading the fleet of " + registry.location() + "...");
		Job job = Job.create("Loading the fleet status", (IProgressMonitor monitor) -> {
			try {
				FleetData loadedData = FleetData.load(Services.get(FleetStores.class), registry);
				runInUi(() -> show(loadedData, null));
				return Status.OK_STATUS;
			} catch (RuntimeException e) {
				runInUi(() -> show(null, "Cannot read the fleet status: " + e.getMessage()));
				return new Status(IStatus.WARNING, "io.posestate.driver.ui", e.getMessage(), e);
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Says what happened (e.g. a command sent) next to the counts. */
	void setMessage(String message) {
		if (!status.isDisposed()) {
			status.setText(message);
		}
	}

	private void show(FleetData newData, String problem) {
		if (terminals.getControl().isDisposed()) {
			return;
		}
		data = newData;
		terminals.setInput(newData == null ? List.of() : newData.terminals());
		alerts.setInput(newData == null ? List.of() : newData.alerts());
		if (problem != null) {
			status.setText(problem);
		} else {
			long critical = newData.alerts().stream().filter(a -> a.alert().severity() == Severity.CRITICAL).count();
			status.setText(newData.terminals().size() + " terminal(s), " + newData.alerts().size() + " open alert(s)"
					+ (critical == 0 ? "" : ", " + critical + " CRITICAL"));
		}
		loaded = true;
	}

	private void runInUi(Runnable r) {
		Display d = PlatformUI.getWorkbench().getDisplay();
		if (!d.isDisposed()) {
			d.asyncExec(r);
		}
	}

	static Image icon(Severity severity) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		return images.getImage(switch (severity) {
			case CRITICAL -> ISharedImages.IMG_OBJS_ERROR_TSK;
			case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
			case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
		});
	}

	private static String percent(Integer value) {
		return value == null ? "-" : value + " %";
	}

	private static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	private static void column(TableViewer viewer, String title, int width, Function<Object, String> text,
			Function<Object, Image> image) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Image getImage(Object element) {
				return image == null ? null : image.apply(element);
			}
		});
	}

	public TableViewer terminalsViewer() {
		return terminals;
	}

	public TableViewer alertsViewer() {
		return alerts;
	}

	/** The line with the counts or what happened. */
	Label status() {
		return status;
	}

	public boolean isLoaded() {
		return loaded;
	}

	/** The selected terminal, or null. */
	FleetTerminal selectedTerminal() {
		Object first = ((IStructuredSelection) terminals.getSelection()).getFirstElement();
		return first instanceof FleetTerminal t ? t : null;
	}

	@Override
	public void setFocus() {
		terminals.getControl().setFocus();
	}

	@Override
	public void dispose() {
		EstateSession.removeListener(onEstateChanged);
		super.dispose();
	}
}
