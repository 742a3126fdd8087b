package io.posestate.cli.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed options of one subcommand: {@code --name value} pairs, {@code --flag} switches and positional
 * words. Options a command does not declare are a usage error, so typos never pass silently.
 */
public final class Args {
	private final Map<String, String> values = new HashMap<>();
	private final List<String> positional = new ArrayList<>();

	private Args() {
	}

	/**
	 * @param withValue option names (without dashes) that take a value
	 * @param flags     option names that are switches
	 */
	public static Args parse(List<String> words, Set<String> withValue, Set<String> flags) {
		Args args = new Args();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (!word.startsWith("--")) {
				args.positional.add(word);
				continue;
			}
			String name = word.substring(2);
			String inline = null;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				inline = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (flags.contains(name) && inline == null) {
				args.values.put(name, "true");
			} else if (withValue.contains(name)) {
				String value = inline;
				if (value == null) {
					if (i + 1 >= words.size()) {
						throw new UsageException("option --" + name + " needs a value");
					}
					value = words.get(++i);
				}
				args.values.put(name, value);
			} else {
				throw new UsageException("unknown option --" + name);
			}
		}
		return args;
	}

	public String get(String name) {
		return values.get(name);
	}

	public String get(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	public boolean flag(String name) {
		return values.containsKey(name);
	}

	public String required(String name) {
		String value = values.get(name);
		if (value == null || value.isBlank()) {
			throw new UsageException("option --" + name + " is required");
		}
		return value;
	}

	public Path path(String name, String fallback) {
		String value = get(name, fallback);
		return value == null ? null : Path.of(value);
	}

	public int integer(String name, int fallback, int min, int max) {
		String value = values.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			int n = Integer.parseInt(value);
			if (n < min || n > max) {
				throw new UsageException("--" + name + " must be between " + min + " and " + max + ", not " + value);
			}
			return n;
		} catch (NumberFormatException e) {
			throw new UsageException("--" + name + " must be a whole number, not \"" + value + "\"");
		}
	}

	public long longValue(String name, long fallback) {
		String value = values.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			return Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw new UsageException("--" + name + " must be a whole number, not \"" + value + "\"");
		}
	}

	public List<String> positional() {
		return positional;
	}
}
