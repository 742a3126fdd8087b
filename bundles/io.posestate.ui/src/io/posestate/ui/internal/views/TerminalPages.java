package io.posestate.ui.internal.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.posestate.model.Terminal;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.TerminalQuery;

/**
 * The rows of a filtered terminal list, counted after the first page is shown, fetched from the registry a page at a time as the table asks for them
 * and kept in a small least-recently-used cache, so a million rows cost only the pages that are looked at.
 */
final class TerminalPages {
	static final int PAGE_SIZE = 200;
	private static final int CACHED_PAGES = 50;

	private final EstateRegistry registry;
	private final TerminalQuery query;
	/** The number of matching terminals, or -1 until counted. */
	private volatile long count = -1;
	private boolean preview;
	private final Map<Integer, List<Terminal>> pages = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, List<Terminal>> eldest) {
			return size() > CACHED_PAGES;
		}
	};

	/**
	 * Fetches the first page (call off the UI thread). When it is not full, that is the whole result and the count
	 * is known; otherwise {@link #count()} stays unknown until {@link #countAll()} (the exact count of a large
	 * result costs more than its first rows, so the table shows them first).
	 */
	TerminalPages(EstateRegistry registry, TerminalQuery query) {
		this.registry = registry;
		this.query = query;
		int first = page(0).size();
		if (first < PAGE_SIZE) {
			count = first;
		}
	}

	/** The rows of a first answer, known before the filter ran. */
	private TerminalPages(EstateRegistry registry, TerminalQuery query, List<Terminal> rows) {
		this.registry = registry;
		this.query = query;
		pages.put(0, rows);
		count = rows.size();
		preview = true;
	}

	/**
	 * A first answer when the filter text is a whole serial number (a key lookup, so it answers in a millisecond
	 * where a contains-filter over a million rows may take seconds): that terminal, while the filter runs. Null when
	 * no terminal has that serial or other filters are set.
	 */
	static TerminalPages exactSerial(EstateRegistry registry, TerminalQuery query) {
		String text = query.text();
		if (text == null || text.isBlank() || query.state() != null || query.vendor() != null
				|| query.model() != null || query.region() != null || query.merchantNo() != null) {
			return null;
		}
		return registry.terminal(text.strip()).map(t -> new TerminalPages(registry, query, List.of(t))).orElse(null);
	}

	/** Whether these rows are a first answer that the filter's result will replace. */
	boolean preview() {
		return preview;
	}

	/** Counts the matching terminals in the store (call off the UI thread); a no-op once known. */
	long countAll() {
		if (count < 0) {
			count = registry.countTerminals(query);
		}
		return count;
	}

	/** Whether the count is known. */
	boolean counted() {
		return count >= 0;
	}

	/** The rows known to exist: the count, or while counting the rows of the first page. */
	long known() {
		return count >= 0 ? count : PAGE_SIZE;
	}

	TerminalQuery query() {
		return query;
	}

	/** The number of matching terminals, or -1 until counted. */
	long count() {
		return count;
	}

	/** The terminal at a row, fetching its page when it is not cached; null past the end. */
	synchronized Terminal row(int index) {
		List<Terminal> page = page(index / PAGE_SIZE);
		int i = index % PAGE_SIZE;
		return i < page.size() ? page.get(i) : null;
	}

	private synchronized List<Terminal> page(int number) {
		return pages.computeIfAbsent(number,
				n -> registry.terminals(query.withPage(n * PAGE_SIZE, PAGE_SIZE)).items());
	}
}
