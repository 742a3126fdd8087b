package io.posestate.notify.cli.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.UsageException;

/**
 * Connection settings kept in the instance preferences (node {@code io.posestate.notify}), so that
 * {@code notify send} needs only the message: an option on the command line wins over the stored value. Passwords
 * are never stored here.
 */
final class NotifyPreferences {
	static final String NODE = "io.posestate.notify";
	/** The options that may be stored. */
	static final List<String> KEYS = List.of("smsc", "system-id", "sender", "service-number", "smtp", "mail-from",
			"smtp-user", "starttls");

	private NotifyPreferences() {
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	/** The option's value, else the stored one, else null. */
	static String get(Args args, String key) {
		String value = args.get(key);
		return value != null ? value : node().get(key, null);
	}

	static String required(Args args, String key) {
		String value = get(args, key);
		if (value == null || value.isBlank()) {
			throw new UsageException("option --" + key + " is required (or store it once: posestate notify configure --"
					+ key + " ...)");
		}
		return value;
	}

	static boolean flag(Args args, String key) {
		return args.flag(key) || Boolean.parseBoolean(node().get(key, "false"));
	}

	/** Stores the given values (an empty value removes a key). */
	static void put(Map<String, String> values) throws BackingStoreException {
		IEclipsePreferences node = node();
		values.forEach((key, value) -> {
			if (value.isEmpty()) {
				node.remove(key);
			} else {
				node.put(key, value);
			}
		});
		node.flush();
	}

	static Map<String, String> stored() {
		IEclipsePreferences node = node();
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		for (String key : KEYS) {
			String value = node.get(key, null);
			if (value != null) {
				values.put(key, value);
			}
		}
		return values;
	}
}
