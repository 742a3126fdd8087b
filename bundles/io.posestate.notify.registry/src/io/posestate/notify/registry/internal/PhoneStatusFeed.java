package io.posestate.notify.registry.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.posestate.notify.NotificationListener;
import io.posestate.notify.PhoneStatusChange;
import io.posestate.notify.Recipients;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.FileImport;
import io.posestate.registry.api.RegistryFactory;

/**
 * Feeds phone statuses learnt from delivery receipts into the registry of the same store, as a phone_status row
 * (source SMS_RECEIPT) through the registry's own import: merchants bound to the number are flagged, which is what
 * opens an S1 re-binding case.
 */
@Component(service = NotificationListener.class)
public final class PhoneStatusFeed implements NotificationListener {
	static final String ACTOR = "sms-receipt";

	@Reference
	private RegistryFactory registries;

	@Override
	public void phoneStatusChanged(PhoneStatusChange change) {
		try {
			Path dir = Files.createTempDirectory("posestate-phone-status");
			Path file = dir.resolve("phone_status.csv");
			try {
				Files.writeString(file, "phone,status,since,source\r\n" + change.phone() + "," + change.status() + ","
						+ change.since() + "," + change.source() + "\r\n", StandardCharsets.UTF_8);
				try (EstateRegistry registry = registries.open(change.cause().store())) {
					FileImport result = registry.importFile(file, ACTOR);
					if (!result.rejects().isEmpty()) {
						throw new IllegalStateException("the registry refused the status of " + Recipients.mask(change.phone())
								+ ": " + result.rejects().get(0).reason());
					}
				}
			} finally {
				Files.deleteIfExists(file);
				Files.deleteIfExists(dir);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot record the status of " + Recipients.mask(change.phone()), e);
		}
	}
}
