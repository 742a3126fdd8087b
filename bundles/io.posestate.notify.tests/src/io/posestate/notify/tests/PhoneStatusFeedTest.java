package io.posestate.notify.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.model.Merchant;
import io.posestate.notify.AlertCause;
import io.posestate.notify.Message;
import io.posestate.notify.NotificationService;
import io.posestate.notify.NotificationServiceFactory;
import io.posestate.notify.NotifySettings;
import io.posestate.notify.SmsChannelFactory;
import io.posestate.notify.SmscSettings;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.RegistryFactory;

/** S1 detection: a receipt saying the merchant's number does not exist flags the merchant in the registry. */
class PhoneStatusFeedTest {
	@TempDir
	Path dir;

	@Test
	void anUnknownNumberReceiptFlagsTheMerchantBoundToIt() throws Exception {
		String store = dir.resolve("store").toString();
		Path merchants = dir.resolve("merchants.csv");
		Files.writeString(merchants, "merchant_no,name,mcc,region,acquirer_code,settlement_account,phone,backup_phone,"
				+ "email,address,status\n123310054110001,测试商户,5411,3100,ACQ1,6222000011112222,13700137000,,"
				+ "li.si@merchant.example,上海市,ACTIVE\n", StandardCharsets.UTF_8);
		try (EstateRegistry registry = Osgi.service(RegistryFactory.class).open(store);
				LoopbackSmsc smsc = new LoopbackSmsc()) {
			assertEquals(1, registry.importFile(merchants, "analyst").inserted());
			assertTrue(registry.merchantsWithCancelledPhone().isEmpty());

			smsc.receiptFor.put("13700137000", new String[] { "UNDELIV", "001" });
			try (NotificationService service = Osgi.service(NotificationServiceFactory.class).open(
					NotifySettings.defaults(store, "acquirer-reference-key-01".getBytes(StandardCharsets.UTF_8), "95516"),
					Osgi.service(SmsChannelFactory.class).open(new SmscSettings("127.0.0.1", smsc.port,
							LoopbackSmsc.SYSTEM_ID, LoopbackSmsc.PASSWORD, "95516"), true))) {
				service.submit(Message.stopUse("13700137000", "PAX-1", AlertCause.TERMINAL_ABNORMAL, "analyst", "lead"));
				assertTrue(service.awaitIdle(Duration.ofSeconds(10)));
				long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
				while (registry.merchantsWithCancelledPhone().isEmpty() && System.nanoTime() < end) {
					Thread.sleep(50);
				}
			}
			List<Merchant> flagged = registry.merchantsWithCancelledPhone();
			assertEquals(1, flagged.size());
			assertEquals("123310054110001", flagged.get(0).getMerchantNo());
			assertEquals(1, registry.summary().cancelledPhones());
		}
	}
}
