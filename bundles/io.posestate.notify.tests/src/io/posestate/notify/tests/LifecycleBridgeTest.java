package io.posestate.notify.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.posestate.lifecycle.Lifecycle;
import io.posestate.lifecycle.LifecycleFactory;
import io.posestate.lifecycle.OpenRequest;
import io.posestate.lifecycle.Role;
import io.posestate.lifecycle.StepInput;
import io.posestate.lifecycle.EvidenceRef;
import io.posestate.lifecycle.model.Case;
import io.posestate.lifecycle.model.CaseStatus;
import io.posestate.lifecycle.model.Message;
import io.posestate.lifecycle.model.Scenario;
import io.posestate.lifecycle.model.Step;
import io.posestate.lifecycle.model.StepStatus;
import io.posestate.model.PhoneStatus;
import io.posestate.notify.AlertCause;
import io.posestate.notify.AlertVerifier;
import io.posestate.notify.NotifyConfiguration;
import io.posestate.notify.Verification;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.RegistryFactory;
import io.posestate.testing.StoreBackend;

/**
 * S1 and S2 end to end through the lifecycle bridge (io.posestate.lifecycle.notify): messages go out over SMPP to a
 * real SMPP server on loopback, and their delivery receipts come back onto the cases; on H2 and PostgreSQL.
 */
class LifecycleBridgeTest {
	private static final String MERCHANTS = "merchant_no,name,mcc,region,acquirer_code,settlement_account,phone,"
			+ "backup_phone,email,address,status\n"
			+ "102310054110001,上海浦东便利店,5411,3100,ACQ1,6222000011110001,13800000001,13900000001,,上海市浦东新区,ACTIVE\n"
			+ "102310054110002,北京朝阳餐厅,5411,3100,ACQ1,6222000011110002,13800000002,,,北京市朝阳区,ACTIVE\n";
	private static final String TERMINALS = "serial_number,vendor,model,connection,firmware,merchant_no,state,"
			+ "deployed_region,activated_at\n"
			+ "PAX-1,PAX,A920,CELLULAR,1.0,102310054110001,ACTIVE,3100,2025-01-01\n"
			+ "PAX-2,PAX,A920,CELLULAR,1.0,102310054110002,ACTIVE,3100,2025-01-01\n";

	@TempDir
	Path dir;
	private LoopbackSmsc smsc;
	private EstateRegistry registry;
	private Lifecycle lifecycle;
	private NotifyConfiguration configuration;
	private String store;
	private StoreBackend backend;

	private void start(String database) throws Exception {
		if (database.equals("postgresql")) {
			backend = StoreBackend.postgres("lcn");
			store = backend.newLocation();
		} else {
			store = dir.resolve("store").toString();
		}
		smsc = new LoopbackSmsc();
		Path password = Files.writeString(dir.resolve("smsc.pw"), LoopbackSmsc.PASSWORD);
		configuration = Osgi.service(NotifyConfiguration.class);
		Map<String, String> settings = new HashMap<>();
		settings.put("smsc", "127.0.0.1:" + smsc.port);
		settings.put("system-id", LoopbackSmsc.SYSTEM_ID);
		settings.put("sender", "95516");
		settings.put("service-number", "95516");
		settings.put("password-file", password.toString());
		settings.put("key-file", dir.resolve("reference.key").toString());
		configuration.store(settings);

		Files.createDirectories(dir.resolve("estate"));
		Files.writeString(dir.resolve("estate/merchants.csv"), MERCHANTS, StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("estate/terminals.csv"), TERMINALS, StandardCharsets.UTF_8);
		registry = Osgi.service(RegistryFactory.class).open(store);
		registry.importDirectory(dir.resolve("estate"), "importer");
		lifecycle = Osgi.service(LifecycleFactory.class).open(store);
		lifecycle.grantRole("sue", "sue", Role.SUPERVISOR);
		lifecycle.grantRole("sue", "alice", Role.ANALYST);
	}

	@AfterEach
	void stop() throws Exception {
		if (configuration != null) {
			Map<String, String> none = new HashMap<>();
			NotifyConfiguration.KEYS.forEach(k -> none.put(k, ""));
			configuration.store(none);
		}
		if (lifecycle != null) {
			lifecycle.close();
		}
		if (registry != null) {
			registry.close();
		}
		if (smsc != null) {
			smsc.close();
		}
		if (backend != null) {
			backend.close();
		}
	}

	private Case reload(Case k) {
		return lifecycle.find(k.getId()).orElseThrow();
	}

	private Case step(Case k, String kind, Map<String, String> values, EvidenceRef... evidence) {
		return lifecycle.step(k.getId(), k.getVersion(), kind, "alice", StepInput.of("done", List.of(evidence), values));
	}

	private static Step stepOf(Case k, String kind) {
		return k.getSteps().stream().filter(s -> s.getKind().equals(kind)).findFirst().orElseThrow();
	}

	private Case alert(String serial) {
		Case k = lifecycle.open("alice", new OpenRequest(Scenario.S2, serial, null, "TAMPERED", null, null, null));
		k = lifecycle.step(k.getId(), k.getVersion(), "REQUEST_ALERT", "alice", StepInput.of("seal broken", null, null));
		k = lifecycle.approve(k.getId(), k.getVersion(), "REQUEST_ALERT", "sue", true, "agreed");
		return lifecycle.step(k.getId(), k.getVersion(), "SEND_ALERT", "alice", StepInput.of(null, null, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void s2AlertSentOverSmppWithAVerifiableCodeAndItsReceiptClosesTheCase(String backend) throws Exception {
		start(backend);
		Case k = alert("PAX-1");
		Message sent = k.getMessages().get(0);
		assertEquals("SMPP", sent.getChannel());
		assertTrue(List.of("SENT", "DELIVERED").contains(sent.getStatus()), "accepted by the SMSC (and maybe receipted"
				+ " already): " + sent.getStatus());
		String code = k.getReferenceCode();
		assertNotNull(code, "the notification service issued the reference code");
		String text = smsc.messages().get(0);
		assertTrue(text.contains("PAX-1") && text.contains(code) && text.contains("95516")
				&& text.contains(AlertCause.TAMPERED.text()), text);
		assertFalse(text.contains("http") || text.contains("www"), text);
		assertEquals("13800000001", smsc.received.get(0).destination());

		Osgi.await("the receipt on the case", () -> reload(k).getStatus() == CaseStatus.CLOSED);
		Case done = reload(k);
		Step receipt = stepOf(done, "DELIVERY_RECEIPT");
		assertEquals(StepStatus.DONE, receipt.getStatus());
		assertEquals(Lifecycle.SYSTEM, receipt.getActor());
		assertEquals("DELIVERED", done.getMessages().get(0).getStatus());
		assertTrue(lifecycle.auditTrail("case:" + k.getId()).stream()
				.anyMatch(e -> e.action().equals("RECEIPT DELIVERED")), "the receipt is a case event");

		Verification v = Osgi.service(AlertVerifier.class).verify(store, code.toLowerCase());
		assertEquals(Verification.Verdict.GENUINE, v.verdict());
		assertEquals("PAX-1", v.message().terminal());
		assertEquals(AlertCause.TAMPERED, v.message().cause());
		assertEquals(k.getId(), lifecycle.caseByReference(code).orElseThrow().getId());
		String mistyped = code.substring(0, 4) + (code.charAt(4) == 'A' ? 'B' : 'A') + code.substring(5);
		assertEquals(Verification.Verdict.MALFORMED, Osgi.service(AlertVerifier.class).verify(store, mistyped).verdict());
		assertTrue(lifecycle.verifyAudit().intact(), lifecycle.verifyAudit().problems().toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void s2ReceiptSayingTheNumberDoesNotExistOpensAnS1Case(String backend) throws Exception {
		start(backend);
		smsc.receiptFor.put("13800000002", new String[] { "UNDELIV", "001" });
		Case k = alert("PAX-2");
		Osgi.await("the receipt on the case", () -> reload(k).getStatus() == CaseStatus.CLOSED);
		assertEquals("UNKNOWN_NUMBER", reload(k).getMessages().get(0).getStatus());
		Osgi.await("an S1 case", () -> !lifecycle.list(CaseStatus.OPEN, Scenario.S1).isEmpty());
		Case s1 = lifecycle.list(CaseStatus.OPEN, Scenario.S1).get(0);
		assertEquals("102310054110002", s1.getMerchantNo());
		assertEquals(Lifecycle.SYSTEM, s1.getOpenedBy());
		assertEquals(PhoneStatus.CANCELLED, registry.merchant("102310054110002").orElseThrow().getPhone().getStatus());
		assertEquals(List.of("NO_BACKUP_CONTACT"), s1.getFlags());
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void s1OneTimeCodeSentToTheNewNumberReceiptedAndTheBindingUpdatesTheRegistry(String backend) throws Exception {
		start(backend);
		Path status = Files.writeString(dir.resolve("phone_status.csv"),
				"phone,status,since,source\n13800000001,CANCELLED,2026-10-01,CARRIER\n");
		registry.importFile(status, "importer");
		Case k = lifecycle.openRebindingCases("alice").get(0);
		k = step(k, "VERIFY_CAUSE", Map.of("cause", "ACCOUNT_BINDING"), EvidenceRef.of("CAUSE_CHECK", "carrier"));
		k = step(k, "CONTACT_MERCHANT", Map.of(), EvidenceRef.of("CONTACT_RECORD", "call 1"));
		k = step(k, "UNBIND_OLD", Map.of(), EvidenceRef.of("UNBIND_RECORD", "UB-1"));
		k = step(k, "SEND_CODE", Map.of("new_phone", "13700000009"));
		Message sent = k.getMessages().get(0);
		assertEquals("SMPP", sent.getChannel());
		assertTrue(List.of("SENT", "DELIVERED").contains(sent.getStatus()), sent.getStatus());
		assertEquals("13700000009", smsc.received.get(0).destination(), "the code goes to the NEW number");
		Matcher m = Pattern.compile("验证码为(\\d{6})").matcher(smsc.messages().get(0));
		assertTrue(m.find(), smsc.messages().get(0));
		Case k1 = k;
		Osgi.await("the code's receipt on the case", () -> "DELIVERED".equals(reload(k1).getMessages().get(0).getStatus()));
		assertTrue(lifecycle.auditTrail("case:" + k.getId()).stream()
				.anyMatch(e -> e.action().equals("RECEIPT DELIVERED") && e.actor().equals(Lifecycle.SYSTEM)));

		k = step(reload(k), "CONFIRM_CODE", Map.of("code", m.group(1)));
		assertEquals("13700000009", registry.merchant("102310054110001").orElseThrow().getPhone().getNumber());
		var history = registry.history("PAX-1");
		var event = history.get(history.size() - 1);
		assertEquals("alice", event.getActor());
		assertTrue(event.getReason().contains("138****0001 -> 137****0009"), event.getReason());
		assertTrue(lifecycle.verifyAudit().intact(), lifecycle.verifyAudit().problems().toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void withoutAnSmscTheAlertIsRefusedAndNothingChangesAndMaintenanceIsAReminder(String backend) throws Exception {
		start(backend);
		configuration.store(Map.of("smsc", ""));
		Case k = lifecycle.open("alice", new OpenRequest(Scenario.S2, "PAX-1", null, "TAMPERED", null, null, null));
		k = lifecycle.step(k.getId(), k.getVersion(), "REQUEST_ALERT", "alice", StepInput.of("seal broken", null, null));
		Case approved = lifecycle.approve(k.getId(), k.getVersion(), "REQUEST_ALERT", "sue", true, "agreed");
		io.posestate.lifecycle.LifecycleException refused = org.junit.jupiter.api.Assertions.assertThrows(
				io.posestate.lifecycle.LifecycleException.class, () -> lifecycle.step(approved.getId(),
						approved.getVersion(), "SEND_ALERT", "alice", StepInput.of(null, null, null)));
		assertTrue(refused.getMessage().contains("the notification setting \"smsc\" is missing"), refused.getMessage());
		assertTrue(refused.getMessage().contains("138****0001"), refused.getMessage());
		Case after = reload(approved);
		assertEquals(approved.getVersion(), after.getVersion(), "nothing recorded");
		assertTrue(after.getMessages().isEmpty());
		assertEquals(io.posestate.model.TerminalState.ACTIVE, registry.terminal("PAX-1").orElseThrow().getState());
		assertTrue(smsc.received.isEmpty());

		configuration.store(Map.of("smsc", "127.0.0.1:" + smsc.port));
		Case m = lifecycle.open("alice", new OpenRequest(Scenario.S2, "PAX-2", null, "MAINTENANCE_DUE", null, null,
				null));
		m = lifecycle.step(m.getId(), m.getVersion(), "REQUEST_ALERT", "alice", StepInput.of("3 years old", null, null));
		m = lifecycle.approve(m.getId(), m.getVersion(), "REQUEST_ALERT", "sue", true, null);
		m = lifecycle.step(m.getId(), m.getVersion(), "SEND_ALERT", "alice", StepInput.of(null, null, null));
		assertNotNull(m.getReferenceCode());
		Osgi.await("the reminder at the SMSC", () -> !smsc.messages().isEmpty());
		assertTrue(smsc.messages().get(0).contains("维护") && smsc.messages().get(0).contains(m.getReferenceCode()),
				smsc.messages().get(0));
		assertEquals(io.posestate.model.TerminalState.ACTIVE, registry.terminal("PAX-2").orElseThrow().getState(),
				"a maintenance reminder does not suspend the terminal");
	}
}
