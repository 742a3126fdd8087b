package io.posestate.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import io.posestate.ui.EstateUi;

/**
 * {@code ./posestate workbench --bench [--store URL]}: measures issue 5's budgets on the real Terminals view and
 * prints them: the time from showing the view to its first rows (budget 2 s), and for filters taken from the first
 * row (serial, vendor, model, merchant, a word that matches nothing) the time from applying the filter (after the
 * typing pause) to the first rows shown, the store's share of it (budget 100 ms), and when the whole result was
 * counted. Then it closes the workbench.
 */
public final class TableBenchmark {
	static final long OPEN_BUDGET_MS = 2_000;
	static final long FILTER_BUDGET_MS = 100;
	private static final long TIMEOUT_MS = 120_000;

	private final Display display;
	private final List<String> lines = new ArrayList<>();
	private TerminalsView view;
	private final List<String> filters = new ArrayList<>();

	private TableBenchmark(Display display) {
		this.display = display;
	}

	/** Starts the benchmark on the UI thread; it prints its figures and closes the workbench when done. */
	public static void start() {
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(new TableBenchmark(display)::open);
	}

	private void open() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IViewPart shown = page.findView(EstateUi.TERMINALS_VIEW);
		if (shown != null) {
			page.hideView(shown);
		}
		long start = System.nanoTime();
		try {
			view = (TerminalsView) page.showView(EstateUi.TERMINALS_VIEW);
		} catch (PartInitException e) {
			finish("cannot show the Terminals view: " + e.getMessage());
			return;
		}
		await(() -> view.isLoaded() && view.viewer().getTable().getItemCount() > 0
				&& view.viewer().getTable().getItem(0).getText(0).length() > 0, () -> {
					long millis = (System.nanoTime() - start) / 1_000_000;
					lines.add(String.format("table open: %,d ms to the first rows (store: first page %,d ms; budget"
							+ " %,d ms) %s", millis, view.lastLoadMillis(), OPEN_BUDGET_MS,
							millis <= OPEN_BUDGET_MS ? "OK" : "OVER"));
					TableItem first = view.viewer().getTable().getItem(0);
					for (int column : new int[] { 0, 2, 3, 4 }) {
						if (!first.getText(column).isBlank()) {
							filters.add(first.getText(column));
						}
					}
					filters.add(first.getText(0).substring(0, Math.min(4, first.getText(0).length())));
					filters.add("no-such-terminal-zz");
					filters.add("");
					await(() -> view.lastCountMillis() >= 0, () -> {
						lines.add(String.format("  counted %,d terminals in %,d ms after the first rows (in the"
								+ " background)", view.rowCount(), view.lastCountMillis()));
						await(() -> view.searchMillis() >= 0, () -> {
							lines.add(String.format("  search index ready %,d ms after the view was shown (built in"
									+ " the background since the estate opened)", (System.nanoTime() - start) / 1_000_000));
							nextFilter(0);
						});
					});
				});
	}

	private void nextFilter(int i) {
		if (i == filters.size()) {
			finish(null);
			return;
		}
		String text = filters.get(i);
		long start = System.nanoTime();
		view.filterNow(text);
		await(view::isLoaded, () -> {
			long millis = (System.nanoTime() - start) / 1_000_000;
			String line = String.format("filter \"%s\": first rows in %,d ms (store: %,d ms; budget %,d ms) %s", text,
					millis, view.lastLoadMillis(), FILTER_BUDGET_MS, millis <= FILTER_BUDGET_MS ? "OK" : "OVER");
			await(() -> view.lastCountMillis() >= 0, () -> {
				lines.add(line + String.format("; all %,d rows known after %,d ms", view.rowCount(),
						(System.nanoTime() - start) / 1_000_000));
				nextFilter(i + 1);
			});
		});
	}

	private void await(BooleanSupplier condition, Runnable then) {
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		Runnable poll = new Runnable() {
			@Override
			public void run() {
				if (condition.getAsBoolean()) {
					then.run();
				} else if (System.currentTimeMillis() > end) {
					finish("timed out");
				} else {
					display.timerExec(2, this);
				}
			}
		};
		display.asyncExec(poll);
	}

	private void finish(String problem) {
		System.out.println("posestate workbench --bench:");
		lines.forEach(l -> System.out.println("  " + l));
		if (problem != null) {
			System.out.println("  stopped: " + problem);
		}
		PlatformUI.getWorkbench().close();
	}
}
