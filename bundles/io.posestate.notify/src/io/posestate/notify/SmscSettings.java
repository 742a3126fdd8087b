package io.posestate.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the acquirer's SMSC. {@link #toString()} never shows the password.
 *
 * @param host             SMSC host
 * @param port             SMSC port
 * @param systemId         account (system_id)
 * @param password         account password (never logged)
 * @param senderId         the registered sender the merchant knows (source address)
 * @param enquireLink      keep-alive interval
 * @param responseTimeout  how long to wait for a response PDU
 */
public record SmscSettings(String host, int port, String systemId, String password, String senderId,
		Duration enquireLink, Duration responseTimeout) {
	public SmscSettings {
		Objects.requireNonNull(host, "host");
		Objects.requireNonNull(systemId, "systemId");
		Objects.requireNonNull(password, "password");
		Objects.requireNonNull(senderId, "senderId");
		if (systemId.length() > 15 || password.length() > 8) {
			throw new IllegalArgumentException("SMPP 3.4 allows a system id of up to 15 and a password of up to 8 characters");
		}
		if (port <= 0 || port > 65535) {
			throw new IllegalArgumentException("SMSC port must be 1-65535, not " + port);
		}
		enquireLink = enquireLink == null ? Duration.ofSeconds(30) : enquireLink;
		responseTimeout = responseTimeout == null ? Duration.ofSeconds(10) : responseTimeout;
	}

	public SmscSettings(String host, int port, String systemId, String password, String senderId) {
		this(host, port, systemId, password, senderId, null, null);
	}

	@Override
	public String toString() {
		return "SMSC " + host + ":" + port + " system id \"" + systemId + "\" sender \"" + senderId + "\"";
	}
}
