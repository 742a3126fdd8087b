package io.posestate.notify.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import io.posestate.cli.api.Args;
import io.posestate.cli.api.UsageException;
import io.posestate.notify.NotifySettings;
import io.posestate.notify.SmscSettings;
import io.posestate.notify.SmtpSettings;

/**
 * Options shared by the notification commands: the store, the reference key file, the SMSC and the mail server.
 * Passwords never appear on the command line: they come from files or the environment.
 */
final class NotifyOptions {
	static final String STORE = "store";
	static final String KEY_FILE = "key-file";
	static final String PASSWORD_ENV = "POSESTATE_SMSC_PASSWORD";
	static final String SMTP_PASSWORD_ENV = "POSESTATE_SMTP_PASSWORD";

	private NotifyOptions() {
	}

	/**
	 * The reference key file: {@code --key-file}, else env POSESTATE_REFERENCE_KEY_FILE, else
	 * {@code ~/.posestate/notify/reference.key}.
	 */
	static Path keyFile(Args args) {
		String explicit = args.get(KEY_FILE, System.getenv("POSESTATE_REFERENCE_KEY_FILE"));
		return explicit != null ? Path.of(explicit)
				: Path.of(System.getProperty("user.home"), ".posestate", "notify", "reference.key");
	}

	/** Reads the reference key; with {@code create}, makes a new random one (owner-only file) when there is none. */
	static byte[] referenceKey(Path file, boolean create) throws IOException {
		if (!Files.exists(file)) {
			if (!create) {
				throw new IllegalStateException("no reference key at " + file
						+ ": codes can only be checked with the key they were issued under (--key-file)");
			}
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			Files.createDirectories(file.toAbsolutePath().getParent());
			try {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			} catch (UnsupportedOperationException e) {
				Files.createFile(file);
			} catch (FileAlreadyExistsException e) {
				return referenceKey(file, false); // created meanwhile by another run
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
			return key;
		}
		try {
			return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
		} catch (IllegalArgumentException e) {
			throw new IllegalStateException("reference key file " + file + " is not base64: " + e.getMessage());
		}
	}

	static NotifySettings settings(Args args, boolean createKey, String serviceNumber) throws IOException {
		return NotifySettings.defaults(args.get(STORE), referenceKey(keyFile(args), createKey), serviceNumber);
	}

	/** {@code --smsc HOST:PORT --system-id ID --sender ID} and the password from a file or the environment. */
	static SmscSettings smsc(Args args) throws IOException {
		String smsc = NotifyPreferences.required(args, "smsc");
		String password = secret(args, "password-file", PASSWORD_ENV);
		if (password == null) {
			throw new UsageException("the SMSC password comes from --password-file FILE or env " + PASSWORD_ENV);
		}
		try {
			return new SmscSettings(host(smsc, "smsc"), port(smsc, "smsc"), NotifyPreferences.required(args, "system-id"),
					password, NotifyPreferences.required(args, "sender"));
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	/**
	 * {@code --smtp HOST:PORT --mail-from ADDRESS [--smtp-user NAME --starttls]}; the password from
	 * {@code --smtp-password-file} or env POSESTATE_SMTP_PASSWORD.
	 */
	static SmtpSettings smtp(Args args) throws IOException {
		String smtp = NotifyPreferences.required(args, "smtp");
		try {
			return new SmtpSettings(host(smtp, "smtp"), port(smtp, "smtp"), NotifyPreferences.get(args, "smtp-user"),
					secret(args, "smtp-password-file", SMTP_PASSWORD_ENV), NotifyPreferences.required(args, "mail-from"),
					NotifyPreferences.flag(args, "starttls"), null);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	private static String secret(Args args, String fileOption, String env) throws IOException {
		String file = args.get(fileOption);
		return file != null ? Files.readString(Path.of(file), StandardCharsets.UTF_8).strip() : System.getenv(env);
	}

	private static String host(String hostPort, String option) {
		int colon = hostPort.lastIndexOf(':');
		if (colon <= 0) {
			throw new UsageException("--" + option + " must be HOST:PORT, not \"" + hostPort + "\"");
		}
		return hostPort.substring(0, colon);
	}

	private static int port(String hostPort, String option) {
		String port = hostPort.substring(hostPort.lastIndexOf(':') + 1);
		try {
			return Integer.parseInt(port);
		} catch (NumberFormatException e) {
			throw new UsageException("--" + option + " port must be a number, not \"" + port + "\"");
		}
	}
}
