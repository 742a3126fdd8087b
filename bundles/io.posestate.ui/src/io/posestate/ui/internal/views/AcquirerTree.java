package io.posestate.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import io.posestate.registry.api.AcquirerCount;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.MerchantCount;
import io.posestate.registry.api.Page;

/** The acquirer → merchant level of the navigator, read from the registry a page of merchants at a time. */
final class AcquirerTree {
	/** Merchants listed under an acquirer before a "more" node that lists the next ones. */
	static final int PAGE = 100;

	private AcquirerTree() {
	}

	/** The next page of an acquirer's merchants. */
	record MerchantPage(AcquirerCount acquirer, int offset) {
	}

	/** One page of an acquirer's merchants by merchant number, then a {@link MerchantPage} when more follow. */
	static List<Object> merchants(EstateRegistry registry, AcquirerCount acquirer, int offset) {
		Page<MerchantCount> page = registry.merchantsByAcquirer(acquirer.code(), offset, PAGE);
		List<Object> list = new ArrayList<>(page.items());
		if (page.hasMore()) {
			list.add(new MerchantPage(acquirer, offset + PAGE));
		}
		return list;
	}
}
