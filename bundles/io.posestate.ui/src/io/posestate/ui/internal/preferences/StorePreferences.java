package io.posestate.ui.internal.preferences;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import io.posestate.audit.api.AuditPolicy;
import io.posestate.lifecycle.Role;

/**
 * The workbench's preferences (instance scope, so per workspace under ~/.posestate): the store, who acts, the audit
 * policy thresholds and which roles see phone and account numbers in clear (none by default). No SWT here; the defaults are set by
 * this class as the preference initializer.
 */
public final class StorePreferences extends AbstractPreferenceInitializer {
	static final String NODE = "io.posestate.ui";
	static final String STORE = "store";
	static final String ACTOR = "actor";
	static final String DEFAULT_LIMIT = "policy.defaultLimit";
	static final String DORMANT_WARNING = "policy.dormantWarningDays";
	static final String DORMANT_CRITICAL = "policy.dormantCriticalDays";
	static final String SPIKE_MIN = "policy.spikeMinTransactions";
	static final String SPIKE_SHARE = "policy.spikeFailedShare";
	/** Per role: whether its holders see phone and account numbers in clear ({@code unmask.SUPERVISOR}...). */
	static final String UNMASK_PREFIX = "unmask.";

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences d = DefaultScope.INSTANCE.getNode(NODE);
		AuditPolicy p = AuditPolicy.defaults();
		d.put(DEFAULT_LIMIT, BigDecimal.valueOf(p.defaultLimitCents(), 2).toPlainString());
		d.putInt(DORMANT_WARNING, p.dormantWarningDays());
		d.putInt(DORMANT_CRITICAL, p.dormantCriticalDays());
		d.putInt(SPIKE_MIN, p.spikeMinTransactions());
		d.put(SPIKE_SHARE, p.spikeFailedShare().toPlainString());
		for (Role role : Role.values()) {
			d.putBoolean(unmaskKey(role), false);
		}
	}

	/** The preferred store location, or null for the registry's default. */
	public static String store() {
		return text(STORE);
	}

	/** Who acts in the workbench, or null for the OS user. */
	public static String actor() {
		return text(ACTOR);
	}

	/** Sets (null: clears) who acts in the workbench. */
	public static void setActor(String actor) {
		if (actor == null || actor.isBlank()) {
			node().remove(ACTOR);
		} else {
			node().put(ACTOR, actor.strip());
		}
	}

	/** Whether holders of a role see phone and account numbers in clear. */
	public static boolean unmasks(Role role) {
		return node().getBoolean(unmaskKey(role), DefaultScope.INSTANCE.getNode(NODE).getBoolean(unmaskKey(role), false));
	}

	public static void setUnmasks(Role role, boolean clear) {
		node().putBoolean(unmaskKey(role), clear);
	}

	static String unmaskKey(Role role) {
		return UNMASK_PREFIX + role.name();
	}

	/**
	 * The audit policy of the preference page (formats.md defaults where nothing is set).
	 *
	 * @throws IllegalArgumentException naming the threshold when a stored value is not valid
	 */
	public static AuditPolicy policy() {
		return policy(Map.of());
	}

	/** The audit policy with some values (by key) taken from {@code entered} instead of the preferences. */
	static AuditPolicy policy(Map<String, String> entered) {
		Function<String, String> value = k -> entered.containsKey(k) ? blankToNull(entered.get(k))
				: text(k);
		AuditPolicy defaults = AuditPolicy.defaults();
		BigDecimal limit = decimal(DEFAULT_LIMIT, value.apply(DEFAULT_LIMIT),
				BigDecimal.valueOf(defaults.defaultLimitCents(), 2));
		try {
			return AuditPolicy.builder().defaultLimitCents(limit.movePointRight(2).longValueExact())
					.dormantDays(integer(DORMANT_WARNING, value.apply(DORMANT_WARNING), defaults.dormantWarningDays()),
							integer(DORMANT_CRITICAL, value.apply(DORMANT_CRITICAL), defaults.dormantCriticalDays()))
					.spike(integer(SPIKE_MIN, value.apply(SPIKE_MIN), defaults.spikeMinTransactions()),
							decimal(SPIKE_SHARE, value.apply(SPIKE_SHARE), defaults.spikeFailedShare()))
					.build();
		} catch (ArithmeticException e) {
			throw new IllegalArgumentException("the no-verification limit has more than 2 decimals: " + limit);
		}
	}

	/** Sets one policy threshold (tests and the preference page use the keys above). */
	static void put(String key, String value) {
		node().put(key, value);
	}

	private static String text(String key) {
		String value = node().get(key, "");
		return value.isBlank() ? null : value.strip();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static int integer(String key, String value, int fallback) {
		try {
			return value == null ? fallback : Integer.parseInt(value);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("policy preference " + key + " is not a whole number: " + value);
		}
	}

	private static BigDecimal decimal(String key, String value, BigDecimal fallback) {
		try {
			return value == null ? fallback : new BigDecimal(value.replace(',', '.').toLowerCase(Locale.ROOT));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("policy preference " + key + " is not a number: " + value);
		}
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
