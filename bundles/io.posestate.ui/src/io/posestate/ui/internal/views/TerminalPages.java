package io.posestate.ui.internal.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.posestate.model.Terminal;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.TerminalQuery;

/**
 * The rows of a filtered terminal list, fetched from the registry a page at a time as the table asks for them
 * and kept in a small least-recently-used cache, so a million rows cost only the pages that are looked at.
 */
final class TerminalPages {
	static final int PAGE_SIZE = 200;
	private static final int CACHED_PAGES = 50;

	private final EstateRegistry registry;
	private final TerminalQuery query;
	private final long count;
	private final Map<Integer, List<Terminal>> pages = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, List<Terminal>> eldest) {
			return size() > CACHED_PAGES;
		}
	};

	/** Counts the matching terminals and fetches the first page (call off the UI thread). */
	TerminalPages(EstateRegistry registry, TerminalQuery query) {
		this.registry = registry;
		this.query = query;
		this.count = registry.countTerminals(query);
		if (count > 0) {
			page(0);
		}
	}

	TerminalQuery query() {
		return query;
	}

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
