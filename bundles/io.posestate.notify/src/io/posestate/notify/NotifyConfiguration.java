package io.posestate.notify;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The notification settings shared by the commands, the workbench and the lifecycle bridge (a DS service): SMSC
 * and mail server settings kept in the instance preferences, passwords only from files or the environment (never
 * stored, never logged), and the file of the reference-code key. A value given explicitly (e.g. a command-line
 * option, by the same name as the key) wins over the stored one. A missing required setting is an
 * {@link IllegalArgumentException} that names it.
 */
@org.osgi.annotation.versioning.ProviderType
public interface NotifyConfiguration {
	/** The settings that may be stored (a password file's name may be; the password never is). */
	List<String> KEYS = List.of("smsc", "system-id", "sender", "service-number", "smtp", "mail-from", "smtp-user",
			"starttls", "password-file", "smtp-password-file", "key-file");
	/** Environment variables holding the SMSC and SMTP passwords and the key file when no file is configured. */
	String PASSWORD_ENV = "POSESTATE_SMSC_PASSWORD";
	String SMTP_PASSWORD_ENV = "POSESTATE_SMTP_PASSWORD";
	String KEY_FILE_ENV = "POSESTATE_REFERENCE_KEY_FILE";

	/** @return the explicit value, else the stored one, else null */
	String get(Map<String, String> explicit, String key);

	/** @return the stored settings by key */
	Map<String, String> stored();

	/** Stores settings (an empty value removes one); keys other than {@link #KEYS} are refused. */
	void store(Map<String, String> values);

	/**
	 * @return the reference key file: "key-file", else env POSESTATE_REFERENCE_KEY_FILE, else
	 *         {@code ~/.posestate/notify/reference.key}
	 */
	Path keyFile(Map<String, String> explicit);

	/**
	 * How the notification service runs on a store.
	 *
	 * @param forSending true to send: the service number is required and a missing key file is created (random
	 *                   key, owner-only file); false only to look (a missing key file is an error)
	 */
	NotifySettings settings(String store, Map<String, String> explicit, boolean forSending);

	/** @return the SMSC settings ("smsc" HOST:PORT, "system-id", "sender", password from "password-file" or env) */
	SmscSettings smsc(Map<String, String> explicit);

	/** @return the mail server settings ("smtp", "mail-from", "smtp-user", "starttls", "smtp-password-file") */
	SmtpSettings smtp(Map<String, String> explicit);
}
