package io.posestate.ui.internal.views;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import io.posestate.store.Store;

/**
 * The acquirer → merchant level of the navigator, read from the registry's tables a page at a time (the registry
 * API lists terminals, not merchants by acquirer). Read-only.
 */
final class AcquirerTree {
	/** Merchants listed under an acquirer before a "more" node that lists the next ones. */
	static final int PAGE = 100;

	private AcquirerTree() {
	}

	/** An acquirer with its name (null when it is not licensed) and how many merchants name it. */
	record Acquirer(String code, String name, long merchants) {
	}

	/** A merchant under an acquirer, with its terminal count. */
	record MerchantNode(String merchantNo, String name, long terminals) {
	}

	/** The next page of an acquirer's merchants. */
	record MerchantPage(Acquirer acquirer, int offset) {
	}

	static List<Acquirer> acquirers(Store store) {
		return store.read(c -> {
			List<Acquirer> list = new ArrayList<>();
			try (PreparedStatement ps = c.prepareStatement("SELECT m.acquirer_code, MAX(a.name), COUNT(*) FROM merchant m"
					+ " LEFT JOIN acquirer a ON a.acquirer_code = m.acquirer_code GROUP BY m.acquirer_code"
					+ " ORDER BY m.acquirer_code"); ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					list.add(new Acquirer(rs.getString(1), rs.getString(2), rs.getLong(3)));
				}
			}
			return list;
		});
	}

	/** One page of an acquirer's merchants by merchant number, then a {@link MerchantPage} when more follow. */
	static List<Object> merchants(Store store, Acquirer acquirer, int offset) {
		return store.read(c -> {
			List<Object> list = new ArrayList<>();
			try (PreparedStatement ps = c.prepareStatement("SELECT m.merchant_no, m.name, (SELECT COUNT(*) FROM terminal t"
					+ " WHERE t.merchant_no = m.merchant_no) FROM merchant m WHERE m.acquirer_code = ?"
					+ " ORDER BY m.merchant_no OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
				ps.setString(1, acquirer.code());
				ps.setInt(2, offset);
				ps.setInt(3, PAGE);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						list.add(new MerchantNode(rs.getString(1), rs.getString(2), rs.getLong(3)));
					}
				}
			}
			if (offset + PAGE < acquirer.merchants()) {
				list.add(new MerchantPage(acquirer, offset + PAGE));
			}
			return list;
		});
	}
}
