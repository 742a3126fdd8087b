package io.posestate.notify;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the notification service behaves.
 *
 * @param store               the estate store holding the outbox: a folder, a JDBC URL, or null for the default store
 * @param referenceKey        secret key of the reference codes (never logged; at least 16 bytes)
 * @param serviceNumber       the acquirer's official service number quoted in alerts
 * @param alertWindow         one alert per terminal per cause within this window
 * @param firstRetry          first retry delay; doubles on each retry up to {@code maxRetryDelay}
 * @param maxRetryDelay       longest retry delay
 * @param maxAttempts         attempts before an entry is FAILED
 * @param segmentsPerSecond   rate limit towards the SMSC
 * @param unknownNumberErrors receipt error codes meaning "number does not exist" (e.g. "001", unknown subscriber)
 * @param lease               how long a sender holds an entry it is sending (a crashed sender's entries wait this long)
 */
public record NotifySettings(String store, byte[] referenceKey, String serviceNumber, Duration alertWindow,
		Duration firstRetry, Duration maxRetryDelay, int maxAttempts, double segmentsPerSecond,
		Set<String> unknownNumberErrors, Duration lease) {
	public NotifySettings {
		Objects.requireNonNull(serviceNumber, "serviceNumber");
		if (referenceKey == null || referenceKey.length < 16) {
			throw new IllegalArgumentException("the reference key must have at least 16 bytes");
		}
		referenceKey = referenceKey.clone();
		if (maxAttempts < 1 || segmentsPerSecond <= 0) {
			throw new IllegalArgumentException("maxAttempts must be >= 1 and segmentsPerSecond > 0");
		}
		unknownNumberErrors = Set.copyOf(unknownNumberErrors);
		lease = lease == null ? Duration.ofMinutes(1) : lease;
	}

	/** Defaults: 24 h alert window, retries from 2 s up to 5 min, 10 attempts, 20 segments/s, error 001, 1 min lease. */
	public static NotifySettings defaults(String store, byte[] referenceKey, String serviceNumber) {
		return new NotifySettings(store, referenceKey, serviceNumber, Duration.ofHours(24), Duration.ofSeconds(2),
				Duration.ofMinutes(5), 10, 20, Set.of("001"), null);
	}

	public NotifySettings withRetries(Duration first, Duration max, int attempts) {
		return new NotifySettings(store, referenceKey, serviceNumber, alertWindow, first, max, attempts,
				segmentsPerSecond, unknownNumberErrors, lease);
	}

	public NotifySettings withRate(double perSecond) {
		return new NotifySettings(store, referenceKey, serviceNumber, alertWindow, firstRetry, maxRetryDelay,
				maxAttempts, perSecond, unknownNumberErrors, lease);
	}

	public NotifySettings withLease(Duration lease) {
		return new NotifySettings(store, referenceKey, serviceNumber, alertWindow, firstRetry, maxRetryDelay,
				maxAttempts, segmentsPerSecond, unknownNumberErrors, lease);
	}

	@Override
	public String toString() {
		return "NotifySettings[store=" + store + ", serviceNumber=" + serviceNumber + ", alertWindow=" + alertWindow
				+ ", retries " + firstRetry + ".." + maxRetryDelay + " x" + maxAttempts + ", " + segmentsPerSecond
				+ " segments/s]";
	}
}
