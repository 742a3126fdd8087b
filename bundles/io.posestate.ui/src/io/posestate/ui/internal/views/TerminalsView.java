package io.posestate.ui.internal.views;

import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import io.posestate.model.Terminal;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.TerminalQuery;
import io.posestate.registry.api.TerminalSort;
import io.posestate.ui.EstateSession;
import io.posestate.ui.internal.Workbench;
import io.posestate.ui.internal.emf.EstateItems;

/**
 * All terminals of the estate in a virtual table: rows are fetched page by page as they scroll into view, the
 * filter runs as you type (in a job, after a short pause), and a click on a column header sorts in the store.
 * The table holds a window of at most {@link #DEFAULT_WINDOW} rows of the result (GTK's table needs seconds for a
 * million rows, however virtual); the arrows move the window through the rest.
 */
public final class TerminalsView extends ViewPart {
	/** Typing pause before the filter runs. */
	static final int FILTER_DELAY_MS = 250;
	/** Rows held by the table at once. */
	public static final int DEFAULT_WINDOW = 5_000;

	private TableViewer viewer;
	private Text filter;
	private Label status;
	private Button previous;
	private Button next;
	private int window = DEFAULT_WINDOW;
	/** The result row shown in the table's first row. */
	private long windowStart;
	private TerminalQuery query = TerminalQuery.all();
	private volatile TerminalPages pages;
	private volatile long lastLoadMillis;
	/** How long counting the result took (0: the first page was all of it; -1: still counting). */
	private volatile long lastCountMillis = -1;
	private Job loading;
	/** See {@link #searchMillis()}. */
	private volatile long searchMillis = -1;
	private final Runnable onEstateChanged = () -> runInUi(this::reload);
	private final Runnable applyFilter = this::applyFilter;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).applyTo(parent);
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter: serial, vendor, model or merchant name");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addModifyListener(e -> {
			filter.getDisplay().timerExec(-1, applyFilter);
			filter.getDisplay().timerExec(FILTER_DELAY_MS, applyFilter);
		});
		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(460, SWT.DEFAULT).applyTo(status);
		previous = arrow(parent, SWT.LEFT, "Previous rows", -1);
		next = arrow(parent, SWT.RIGHT, "Next rows", 1);

		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(table);
		column("Serial number", 200, TerminalSort.SERIAL_NUMBER, Terminal::getSerialNumber, true);
		column("State", 150, TerminalSort.STATE, t -> t.getState() == null ? "" : t.getState().getLiteral(), false);
		column("Vendor", 100, TerminalSort.VENDOR, Terminal::getVendor, false);
		column("Model", 100, TerminalSort.MODEL, Terminal::getModelName, false);
		column("Merchant", 140, TerminalSort.MERCHANT_NO, Terminal::getMerchantNo, false);
		column("Region", 70, TerminalSort.REGION, Terminal::getDeployedRegion, false);
		column("Activated", 100, TerminalSort.ACTIVATED_AT,
				t -> t.getActivatedAt() == null ? "" : t.getActivatedAt().toString(), false);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				TerminalPages p = pages;
				Terminal row = p == null ? null : p.row(Math.toIntExact(windowStart + index));
				if (row != null) {
					viewer.replace(row, index);
				}
			}
		});
		viewer.addDoubleClickListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (first instanceof Terminal t) {
				Workbench.openTerminal(getSite().getPage(), t.getSerialNumber());
			}
		});
		getSite().setSelectionProvider(viewer);
		EstateSession.addListener(onEstateChanged);
		reload();
	}

	private Button arrow(Composite parent, int direction, String tip, int step) {
		Button b = new Button(parent, SWT.ARROW | direction);
		b.setToolTipText(tip);
		b.setEnabled(false);
		b.addListener(SWT.Selection, e -> moveWindow(step));
		return b;
	}

	/** Shows the previous (-1) or next (+1) window of rows. */
	public void moveWindow(int step) {
		TerminalPages p = pages;
		if (p == null) {
			return;
		}
		long start = windowStart + (long) step * window;
		if (start >= 0 && p.counted() && start < p.count()) {
			windowStart = start;
			showWindow();
		}
	}

	/** How many rows the table holds at once (tests use small windows). */
	public void setWindow(int rows) {
		window = rows;
		windowStart = 0;
		if (pages != null) {
			showWindow();
		}
	}

	private void column(String title, int width, TerminalSort sort, Function<Terminal, String> text, boolean icon) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		TableColumn column = c.getColumn();
		column.setText(title);
		column.setWidth(width);
		column.setMoveable(true);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String s = text.apply((Terminal) element);
				return s == null ? "" : s;
			}

			@Override
			public Image getImage(Object element) {
				return icon ? EstateItems.image(element) : null;
			}
		});
		column.addListener(SWT.Selection, e -> sortBy(column, sort));
	}

	private void sortBy(TableColumn column, TerminalSort sort) {
		Table table = viewer.getTable();
		boolean descending = table.getSortColumn() == column && table.getSortDirection() == SWT.UP;
		table.setSortColumn(column);
		table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
		load(query.withSort(sort, descending));
	}

	private void applyFilter() {
		if (!filter.isDisposed()) {
			load(query.withText(filter.getText()));
		}
	}

	/** Sets the filter text and applies it at once, without the typing pause (the benchmark). */
	void filterNow(String text) {
		filter.setText(text);
		filter.getDisplay().timerExec(-1, applyFilter);
		applyFilter();
	}

	/** Shows only the terminals matching these filters (from the navigator), keeping the sort order. */
	public void showOnly(TerminalQuery filters) {
		filter.setText(filters.text() == null ? "" : filters.text());
		filter.getDisplay().timerExec(-1, applyFilter);
		load(filters.withSort(query.sort(), query.descending()));
	}

	private void reload() {
		if (viewer != null && !viewer.getTable().isDisposed()) {
			load(query);
			EstateSession.current().ifPresent(this::prepareSearch);
		}
	}

	/**
	 * Has the registry build its in-memory search index in the background (seconds on a million terminals), so that
	 * text filters answer from memory rather than scanning the terminal table.
	 */
	private void prepareSearch(EstateRegistry registry) {
		searchMillis = -1;
		Job job = Job.create("Preparing the terminal search", (IProgressMonitor monitor) -> {
			long start = System.nanoTime();
			try {
				registry.prepareSearch();
				return Status.OK_STATUS;
			} catch (RuntimeException e) {
				// e.g. another estate opened meanwhile (this registry closed): text filters run in the store
				return Status.warning("the terminal search index was not built: " + e.getMessage(), e);
			} finally {
				searchMillis = (System.nanoTime() - start) / 1_000_000;
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	/** How long the search index took to prepare (-1: still preparing). */
	public long searchMillis() {
		return searchMillis;
	}

	/**
	 * Fetches the first page in a job and shows it, then counts the result in the same job and sizes the table
	 * (a newer filter cancels the job; a stale result is never shown).
	 */
	private void load(TerminalQuery next) {
		query = next;
		EstateRegistry registry = EstateSession.current().orElse(null);
		if (registry == null) {
			pages = null;
			viewer.setItemCount(0);
			status.setText("no estate open");
			return;
		}
		if (loading != null) {
			loading.cancel();
		}
		status.setText("filtering…");
		Job job = Job.create("Filtering terminals", (IProgressMonitor monitor) -> {
			long start = System.nanoTime();
			TerminalPages exact = TerminalPages.exactSerial(registry, next);
			if (exact != null) {
				long millis = (System.nanoTime() - start) / 1_000_000;
				runInUi(() -> show(exact, millis));
			}
			TerminalPages result = new TerminalPages(registry, next);
			long millis = (System.nanoTime() - start) / 1_000_000;
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			runInUi(() -> show(result, millis));
			if (!result.counted()) {
				long countStart = System.nanoTime();
				result.countAll();
				long countMillis = (System.nanoTime() - countStart) / 1_000_000;
				if (!monitor.isCanceled()) {
					runInUi(() -> counted(result, countMillis));
				}
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		loading = job;
		job.schedule();
	}

	private void show(TerminalPages result, long millis) {
		if (viewer.getTable().isDisposed() || result.query() != query) {
			return;
		}
		pages = result;
		lastLoadMillis = millis;
		lastCountMillis = result.counted() && !result.preview() ? 0 : -1;
		windowStart = 0;
		showWindow();
	}

	private void counted(TerminalPages result, long millis) {
		if (viewer.getTable().isDisposed() || result != pages) {
			return;
		}
		lastCountMillis = millis;
		int rows = (int) Math.min(window, result.count() - windowStart);
		if (rows != viewer.getTable().getItemCount()) {
			viewer.setItemCount(rows); // the rows already shown stay; the new ones are fetched as they scroll in
		}
		showStatus();
	}

	private void showWindow() {
		TerminalPages p = pages;
		int rows = (int) Math.min(window, p.known() - windowStart);
		Table table = viewer.getTable();
		table.removeAll();
		viewer.setItemCount(rows);
		showStatus();
	}

	private void showStatus() {
		TerminalPages p = pages;
		int rows = viewer.getTable().getItemCount();
		previous.setEnabled(windowStart > 0);
		next.setEnabled(p.counted() && windowStart + rows < p.count());
		if (p.preview()) {
			status.setText(String.format("the terminal with this serial (%d ms); searching for more…", lastLoadMillis));
		} else if (!p.counted()) {
			status.setText(String.format("first %,d terminals (%d ms), counting…", rows, lastLoadMillis));
		} else if (rows == p.count()) {
			status.setText(String.format("%,d terminals (%d ms)", p.count(), lastLoadMillis));
		} else {
			status.setText(String.format("%,d–%,d of %,d terminals (%d ms; counted in %d ms)", windowStart + 1,
					windowStart + rows, p.count(), lastLoadMillis, lastCountMillis));
		}
		status.getParent().layout();
	}

	/** The filters and sort order of the rows shown. */
	public TerminalQuery query() {
		return query;
	}

	/** The result row shown in the table's first row. */
	public long windowStart() {
		return windowStart;
	}

	private void runInUi(Runnable r) {
		if (viewer != null && !viewer.getTable().isDisposed()) {
			viewer.getTable().getDisplay().asyncExec(() -> {
				if (!viewer.getTable().isDisposed()) {
					r.run();
				}
			});
		}
	}

	/** The filtered rows now shown (tests and status). */
	public long rowCount() {
		TerminalPages p = pages;
		return p == null ? 0 : Math.max(0, p.count());
	}

	/**
	 * How long the store took to count the rows shown now (0: no count needed; -1: still filtering or counting).
	 */
	public long lastCountMillis() {
		return lastCountMillis;
	}

	/** How long the store took to fetch the first page of the rows shown now (they are counted afterwards). */
	public long lastLoadMillis() {
		return lastLoadMillis;
	}

	public TableViewer viewer() {
		return viewer;
	}

	public Text filterText() {
		return filter;
	}

	/** Whether the last filter or sort has been applied to the table. */
	public boolean isLoaded() {
		TerminalPages p = pages;
		return p != null && p.query() == query;
	}

	@Override
	public void setFocus() {
		filter.setFocus();
	}

	@Override
	public void dispose() {
		EstateSession.removeListener(onEstateChanged);
		if (loading != null) {
			loading.cancel();
		}
		super.dispose();
	}
}
