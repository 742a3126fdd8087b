package io.posestate.fleet;

import java.time.Instant;
import java.util.Objects;

/**
 * A fleet alert as kept in the store: raised at {@code openedAt}, closed at {@code closedAt} when its condition
 * cleared (null while open). At most one alert per terminal and kind is open.
 */
public record StoredAlert(long id, FleetAlert alert, Instant openedAt, Instant closedAt) {

	public StoredAlert {
		Objects.requireNonNull(alert, "alert");
		Objects.requireNonNull(openedAt, "openedAt");
	}

	public boolean open() {
		return closedAt == null;
	}

	@Override
	public String toString() {
		return alert + " (since " + openedAt + (closedAt == null ? "" : ", closed " + closedAt) + ")";
	}
}
