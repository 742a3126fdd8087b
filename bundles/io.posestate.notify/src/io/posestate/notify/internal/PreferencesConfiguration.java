package io.posestate.notify.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.prefs.BackingStoreException;

import io.posestate.notify.NotifyConfiguration;
import io.posestate.notify.NotifySettings;
import io.posestate.notify.SmscSettings;
import io.posestate.notify.SmtpSettings;

/** The notification settings in the instance preferences, node {@code io.posestate.notify}. */
@Component(service = NotifyConfiguration.class)
public final class PreferencesConfiguration implements NotifyConfiguration {
	static final String NODE = "io.posestate.notify";

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	@Override
	public String get(Map<String, String> explicit, String key) {
		String value = explicit.get(key);
		return value != null ? value : node().get(key, null);
	}

	private String required(Map<String, String> explicit, String key) {
		String value = get(explicit, key);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("the notification setting \"" + key + "\" is missing: give --" + key
					+ " or store it once with posestate notify configure --" + key + " ...");
		}
		return value.strip();
	}

	@Override
	public Map<String, String> stored() {
		IEclipsePreferences node = node();
		Map<String, String> values = new LinkedHashMap<>();
		for (String key : KEYS) {
			String value = node.get(key, null);
			if (value != null) {
				values.put(key, value);
			}
		}
		return values;
	}

	@Override
	public void store(Map<String, String> values) {
		IEclipsePreferences node = node();
		values.forEach((key, value) -> {
			if (!KEYS.contains(key)) {
				throw new IllegalArgumentException("\"" + key + "\" is not a notification setting; one of " + KEYS);
			}
			if (value == null || value.isEmpty()) {
				node.remove(key);
			} else {
				node.put(key, value);
			}
		});
		try {
			node.flush();
		} catch (BackingStoreException e) {
			throw new IllegalStateException("cannot store the notification settings: " + e.getMessage(), e);
		}
	}

	@Override
	public Path keyFile(Map<String, String> explicit) {
		String file = get(explicit, "key-file");
		if (file == null) {
			file = System.getenv(KEY_FILE_ENV);
		}
		return file != null ? Path.of(file)
				: Path.of(System.getProperty("user.home"), ".posestate", "notify", "reference.key");
	}

	@Override
	public NotifySettings settings(String store, Map<String, String> explicit, boolean forSending) {
		String serviceNumber = forSending ? required(explicit, "service-number")
				: String.valueOf(get(explicit, "service-number"));
		return NotifySettings.defaults(store, referenceKey(keyFile(explicit), forSending), serviceNumber);
	}

	/** Reads the reference key; with {@code create}, makes a new random one (owner-only file) when there is none. */
	static byte[] referenceKey(Path file, boolean create) {
		try {
			if (!Files.exists(file)) {
				if (!create) {
					throw new IllegalStateException("no reference key at " + file
							+ ": codes can only be checked with the key they were issued under (--key-file)");
				}
				byte[] key = new byte[32];
				new SecureRandom().nextBytes(key);
				Files.createDirectories(file.toAbsolutePath().getParent());
				try {
					Files.createFile(file,
							PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				} catch (UnsupportedOperationException e) {
					Files.createFile(file);
				} catch (FileAlreadyExistsException e) {
					return referenceKey(file, false); // created meanwhile by another run
				}
				Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
				return key;
			}
			return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
		} catch (IllegalArgumentException e) {
			throw new IllegalStateException("reference key file " + file + " is not base64: " + e.getMessage());
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the reference key file " + file + ": " + e.getMessage(), e);
		}
	}

	@Override
	public SmscSettings smsc(Map<String, String> explicit) {
		String smsc = required(explicit, "smsc");
		String password = secret(explicit, "password-file", PASSWORD_ENV);
		if (password == null) {
			throw new IllegalArgumentException("the SMSC password comes from --password-file FILE or env " + PASSWORD_ENV);
		}
		return new SmscSettings(host(smsc, "smsc"), port(smsc, "smsc"), required(explicit, "system-id"), password,
				required(explicit, "sender"));
	}

	@Override
	public SmtpSettings smtp(Map<String, String> explicit) {
		String smtp = required(explicit, "smtp");
		return new SmtpSettings(host(smtp, "smtp"), port(smtp, "smtp"), get(explicit, "smtp-user"),
				secret(explicit, "smtp-password-file", SMTP_PASSWORD_ENV), required(explicit, "mail-from"),
				Boolean.parseBoolean(get(explicit, "starttls")), null);
	}

	/** A password from the named file, else from the environment; never stored here, never in a message. */
	private String secret(Map<String, String> explicit, String fileKey, String env) {
		String file = get(explicit, fileKey);
		if (file == null) {
			return System.getenv(env);
		}
		try {
			return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
		} catch (IOException e) {
			throw new IllegalArgumentException("cannot read the password file " + file + ": " + e.getMessage(), e);
		}
	}

	private static String host(String hostPort, String option) {
		int colon = hostPort.lastIndexOf(':');
		if (colon <= 0) {
			throw new IllegalArgumentException("--" + option + " must be HOST:PORT, not \"" + hostPort + "\"");
		}
		return hostPort.substring(0, colon);
	}

	private static int port(String hostPort, String option) {
		String port = hostPort.substring(hostPort.lastIndexOf(':') + 1);
		try {
			return Integer.parseInt(port);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("--" + option + " port must be a number, not \"" + port + "\"");
		}
	}
}
