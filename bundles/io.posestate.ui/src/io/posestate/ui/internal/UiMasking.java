package io.posestate.ui.internal;

import io.posestate.model.util.Masking;
import io.posestate.ui.EstateSession;
import io.posestate.ui.internal.preferences.StorePreferences;

/**
 * Phone and account numbers as the workbench shows them: masked unless the acting user's lifecycle role is one the
 * masking preferences let see them in clear (none by default; never someone without a role).
 */
public final class UiMasking {
	private UiMasking() {
	}

	/** Whether the acting user sees numbers in clear. */
	public static boolean clear() {
		try {
			return EstateSession.role().map(StorePreferences::unmasks).orElse(false);
		} catch (RuntimeException e) {
			return false; // no lifecycle to ask: masked
		}
	}

	public static String phone(String number) {
		return number == null || clear() ? number : Masking.maskPhone(number);
	}

	public static String account(String account) {
		return account == null || clear() ? account : Masking.maskAccount(account);
	}
}
