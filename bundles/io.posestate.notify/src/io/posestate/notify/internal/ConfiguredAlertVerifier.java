package io.posestate.notify.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.posestate.notify.AlertVerifier;
import io.posestate.notify.NotificationService;
import io.posestate.notify.NotificationServiceFactory;
import io.posestate.notify.NotifyConfiguration;
import io.posestate.notify.Verification;

/** Checks reference codes against a store's outbox with the configured key. */
@Component(service = AlertVerifier.class)
public final class ConfiguredAlertVerifier implements AlertVerifier {
	@Reference
	private NotificationServiceFactory services;
	@Reference
	private NotifyConfiguration configuration;

	@Override
	public Verification verify(String store, String referenceCode) {
		try (NotificationService service = services.openReadOnly(configuration.settings(store, Map.of(), false))) {
			return service.verify(referenceCode);
		}
	}
}
