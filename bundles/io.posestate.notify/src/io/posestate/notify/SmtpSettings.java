package io.posestate.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the acquirer's mail server. {@link #toString()} never shows the password.
 *
 * @param host     SMTP host
 * @param port     SMTP port (25 or 587)
 * @param username account for AUTH PLAIN, or null to send without authentication
 * @param password its password (never logged), or null
 * @param from     the acquirer's registered sender address
 * @param startTls whether to upgrade the connection with STARTTLS before authenticating (required with a username)
 * @param timeout  connect and read timeout
 */
public record SmtpSettings(String host, int port, String username, String password, String from, boolean startTls,
		Duration timeout) {
	public SmtpSettings {
		Objects.requireNonNull(host, "host");
		Objects.requireNonNull(from, "from");
		if (!Recipients.isEmail(from)) {
			throw new IllegalArgumentException("the sender is not an email address: " + from);
		}
		if (port <= 0 || port > 65535) {
			throw new IllegalArgumentException("SMTP port must be 1-65535, not " + port);
		}
		if (username != null && !startTls) {
			throw new IllegalArgumentException("SMTP authentication needs STARTTLS: the password never goes in clear");
		}
		timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
	}

	@Override
	public String toString() {
		return "SMTP " + host + ":" + port + (username == null ? "" : " as \"" + username + "\"") + " from " + from
				+ (startTls ? " (STARTTLS)" : "");
	}
}
