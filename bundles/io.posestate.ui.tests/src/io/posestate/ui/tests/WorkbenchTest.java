package io.posestate.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.ui.commands.ICommandService;
import io.posestate.notify.AlertCause;
import io.posestate.notify.Message;
import io.posestate.notify.NotificationService;
import io.posestate.notify.NotificationServiceFactory;
import io.posestate.notify.NotifyConfiguration;
import io.posestate.notify.NotifySettings;
import io.posestate.notify.SmsChannel;
import io.posestate.notify.SmsChannelFactory;
import io.posestate.notify.SmscSettings;
import io.posestate.ui.internal.Services;
import io.posestate.ui.internal.notify.VerifyAlertDialog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.ISharedImages;
import io.posestate.audit.api.AuditPolicy;
import io.posestate.audit.api.Finding;
import io.posestate.audit.api.Severity;
import io.posestate.demo.DemoEstate;
import io.posestate.lifecycle.Lifecycle;
import io.posestate.lifecycle.OpenRequest;
import io.posestate.lifecycle.Role;
import io.posestate.lifecycle.StepInput;
import io.posestate.lifecycle.model.Case;
import io.posestate.lifecycle.model.CaseStatus;
import io.posestate.lifecycle.model.Scenario;
import io.posestate.lifecycle.model.Step;
import io.posestate.lifecycle.model.StepStatus;
import io.posestate.registry.api.FileImport;
import io.posestate.ui.internal.UiMasking;
import io.posestate.ui.internal.cases.CasesView;
import io.posestate.ui.internal.cases.StepDialog;
import io.posestate.ui.internal.findings.FindingsView;
import io.posestate.ui.internal.findings.StoredFindings;
import io.posestate.ui.internal.jobs.AuditJob;
import io.posestate.ui.internal.jobs.ImportJob;
import io.posestate.ui.internal.jobs.ReportJobs;
import io.posestate.ui.internal.jobs.Reports;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.posestate.model.LifecycleEvent;
import io.posestate.model.Merchant;
import io.posestate.model.PhoneStatus;
import io.posestate.model.Terminal;
import io.posestate.model.TerminalState;
import io.posestate.model.util.Masking;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.EstateSummary;
import io.posestate.registry.api.TerminalQuery;
import io.posestate.ui.EstateSession;
import io.posestate.ui.EstateUi;
import io.posestate.ui.internal.Workbench;
import io.posestate.ui.internal.WorkbenchApplication;
import io.posestate.ui.internal.editors.MerchantEditor;
import io.posestate.ui.internal.preferences.MaskingPreferencePage;
import io.posestate.ui.internal.preferences.PolicyPreferencePage;
import io.posestate.ui.internal.preferences.StorePreferencePage;
import io.posestate.ui.internal.preferences.StorePreferences;
import io.posestate.ui.internal.editors.TerminalEditor;
import io.posestate.ui.internal.views.DashboardView;
import io.posestate.ui.internal.views.NavigatorView;
import io.posestate.ui.internal.views.TerminalsView;

/**
 * Drives the real workbench: the workbench application runs on a UI thread of its own on a generated demo estate
 * of 2,000 terminals (real H2 store, real registry), and each test step runs on that thread against real widgets.
 */
class WorkbenchTest {
	private static final long TIMEOUT_MS = 60_000;
	/**
	 * Size of the demo estate. {@code -Dposestate.ui.test.terminals=1000000} runs the benchmark: the timing budgets
	 * are asserted only then, on a dedicated run (a shared build machine is no place for timing assertions).
	 */
	private static final String BENCHMARK_PROPERTY = "posestate.ui.test.terminals";
	private static final int DEMO_TERMINALS = Integer.getInteger(BENCHMARK_PROPERTY, 2_000);
	/** Issue 5's budgets: the table opens within 2 s, a filter answers within 100 ms (store time). */
	private static final long OPEN_BUDGET_MS = 2_000;
	private static final long FILTER_BUDGET_MS = 100;
	/** Rows the Terminals table holds for the whole estate. */
	private static final int SHOWN = Math.min(TerminalsView.DEFAULT_WINDOW, DEMO_TERMINALS);

	private static Thread uiThread;
	private static final AtomicInteger EXIT_CODE = new AtomicInteger(-1);
	private static Display display;
	private IWorkbenchPage page;
	private EstateRegistry registry;

	@BeforeAll
	static void openWorkbench() {
		uiThread = new Thread(() -> EXIT_CODE.set(
				WorkbenchApplication.run(List.of("--demo", "--terminals", String.valueOf(DEMO_TERMINALS)))),
				"workbench UI");
		uiThread.start();
		// generating and importing the demo estate comes first: allow a millisecond per terminal for it
		long end = System.currentTimeMillis() + TIMEOUT_MS + DEMO_TERMINALS;
		while (!PlatformUI.isWorkbenchRunning() || !windowOpen()) {
			if (System.currentTimeMillis() > end || !uiThread.isAlive()) {
				fail("the workbench did not open (exit code " + EXIT_CODE.get() + ")");
			}
			sleep();
		}
		display = PlatformUI.getWorkbench().getDisplay();
		// the demo estate's own audit, started with the workbench, is done before the tests run theirs
		try {
			Job.getJobManager().join(AuditJob.FAMILY, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean windowOpen() {
		AtomicBoolean open = new AtomicBoolean();
		Display d = PlatformUI.getWorkbench().getDisplay();
		d.syncExec(() -> open.set(PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null));
		return open.get();
	}

	@AfterAll
	static void closeWorkbench() throws InterruptedException {
		display.syncExec(() -> PlatformUI.getWorkbench().close());
		uiThread.join(TIMEOUT_MS);
		assertEquals(0, EXIT_CODE.get(), "exit code of the workbench application");
		assertTrue(EstateSession.current().isEmpty(), "the estate is closed with the workbench");
	}

	@BeforeEach
	void setUp() {
		ui(() -> {
			page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			page.closeAllEditors(false);
		});
		registry = EstateSession.registry();
	}

	@Test
	void verifyAlertDialogTellsAGenuineCodeFromATypo() throws Exception {
		String serial = registry.terminals(TerminalQuery.all().withPage(300, 1)).items().get(0).getSerialNumber();
		NotifyConfiguration configuration = Services.get(NotifyConfiguration.class);
		Path key = Files.createTempDirectory("posestate-ui-key").resolve("reference.key");
		configuration.store(Map.of("key-file", key.toString(), "service-number", "95516"));
		String code;
		try {
			// a stop-use alert queued in the estate's outbox by the notification service (the SMSC is not listening:
			// the entry stays queued, its reference code issued and recorded)
			NotifySettings settings = configuration.settings(EstateSession.location(), Map.of(), true);
			SmsChannelFactory smpp = Services.all(SmsChannelFactory.class).stream()
					.filter(f -> f.protocol().equals("smpp")).findFirst().orElseThrow();
			SmsChannel channel = smpp.open(new SmscSettings("127.0.0.1", 9, "ui-test", "secret", "95516", null, null),
					false);
			try (NotificationService service = Services.get(NotificationServiceFactory.class).open(settings, channel)) {
				code = service.submit(Message.stopUse("13800000001", serial, AlertCause.TAMPERED, "alice", "sue"))
						.referenceCode();
			}
			assertNotNull(code);
			String typo = code.substring(0, 4) + (code.charAt(4) == 'A' ? 'B' : 'A') + code.substring(5);
			ui(() -> {
				ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
				assertTrue(commands.getCommand(EstateUi.VERIFY_ALERT_COMMAND).isHandled(), "the command has a handler");
				VerifyAlertDialog dialog = new VerifyAlertDialog(page.getWorkbenchWindow().getShell());
				dialog.setBlockOnOpen(false);
				dialog.open();
				try {
					dialog.code().setText(code.toLowerCase());
					dialog.code().notifyListeners(SWT.DefaultSelection, new Event());
					assertTrue(dialog.verdict().startsWith("GENUINE"), dialog.verdict());
					assertTrue(dialog.details().contains("Terminal: " + serial), dialog.details());
					assertTrue(dialog.details().contains(AlertCause.TAMPERED.text()), dialog.details());
					assertTrue(dialog.details().contains("Sent to: " + UiMasking.phone("13800000001")), dialog.details());
					assertFalse(UiMasking.clear() || dialog.details().contains("13800000001"), "the number is masked");

					dialog.code().setText(typo);
					dialog.verify();
					assertTrue(dialog.verdict().startsWith("MALFORMED"), dialog.verdict());
					assertFalse(dialog.details().contains(serial), dialog.details());
				} finally {
					dialog.close();
				}
			});
		} finally {
			Map<String, String> none = new java.util.HashMap<>();
			NotifyConfiguration.KEYS.forEach(k -> none.put(k, ""));
			configuration.store(none);
		}
	}

	@Test
	void opensTheEstatePerspectiveWithItsViews() {
		ui(() -> {
			assertEquals(EstateUi.PERSPECTIVE, page.getPerspective().getId());
			assertInstanceOf(NavigatorView.class, page.findView(EstateUi.NAVIGATOR_VIEW));
			assertInstanceOf(TerminalsView.class, page.findView(EstateUi.TERMINALS_VIEW));
			assertInstanceOf(DashboardView.class, page.findView(EstateUi.DASHBOARD_VIEW));
			assertInstanceOf(PropertySheet.class, page.findView(IPageLayout.ID_PROP_SHEET));
			assertTrue(page.getWorkbenchWindow().getShell().getText().startsWith("POS Estate Workbench"));
			assertNotNull(page.showView(EstateUi.PROGRESS_VIEW), "the Progress view for jobs");
			page.hideView(page.findView(EstateUi.PROGRESS_VIEW));
		});
	}

	@Test
	void navigatorGroupsTerminalsWithTheStoreCounts() {
		EstateSummary summary = registry.summary();
		assertEquals(DEMO_TERMINALS, summary.terminals());
		assertTrue(summary.flaggedMerchants() > 0, "the demo estate plants cancelled phones");
		List<String> expected = new ArrayList<>();
		summary.terminalsByState().forEach((state, n) -> expected.add(String.format("%s (%,d)", state, n)));
		long firstGroup = summary.terminalsByState().values().iterator().next();
		ui(() -> {
			NavigatorView navigator = (NavigatorView) page.findView(EstateUi.NAVIGATOR_VIEW);
			Tree tree = navigator.viewer().getTree();
			assertEquals(List.of("By acquirer", "By state", "By vendor", "By model", "By region",
					String.format("Merchants with a cancelled phone (%,d)", summary.flaggedMerchants())),
					texts(tree.getItems()));
			assertEquals(expected, texts(tree.getItem(1).getItems()));
			TreeItem group = tree.getItem(1).getItems()[0];
			navigator.viewer().expandToLevel(group.getData(), 1);
			assertEquals(Math.min(firstGroup, 50) + (firstGroup > 50 ? 1 : 0), group.getItemCount());
			assertInstanceOf(Terminal.class, group.getItem(0).getData());

			// acquirer -> merchant -> terminal, read as the levels are expanded
			TreeItem acquirer = tree.getItem(0).getItem(0);
			assertTrue(acquirer.getText().matches(".+ \\([0-9,]+ merchants\\)"), acquirer.getText());
			navigator.viewer().expandToLevel(acquirer.getData(), 1);
			TreeItem merchantItem = acquirer.getItem(0);
			String merchantNo = merchantItem.getText().split(" ")[0];
			long terminals = registry.countTerminals(TerminalQuery.all().withMerchantNo(merchantNo));
			assertTrue(merchantItem.getText().endsWith(String.format("(%,d terminals)", terminals)), merchantItem.getText());
			if (terminals > 0) {
				navigator.viewer().expandToLevel(merchantItem.getData(), 1);
				Terminal t = assertInstanceOf(Terminal.class, merchantItem.getItem(0).getData());
				assertEquals(merchantNo, t.getMerchantNo());
			}

			TreeItem flagged = tree.getItem(5);
			navigator.viewer().expandToLevel(flagged.getData(), 1);
			assertEquals(summary.flaggedMerchants(), flagged.getItemCount());
			Merchant first = assertInstanceOf(Merchant.class, flagged.getItem(0).getData());
			assertEquals(PhoneStatus.CANCELLED, first.getPhone().getStatus());
		});
	}

	@Test
	void dashboardChartsTheStoreCounts() {
		EstateSummary summary = registry.summary();
		ui(() -> {
			Map<String, Map<String, Long>> charts = ((DashboardView) page.findView(EstateUi.DASHBOARD_VIEW)).charts();
			assertEquals(summary.terminalsByState(), charts.get("state"));
			assertEquals(summary.terminalsByVendor(), charts.get("vendor"));
			assertEquals(summary.terminalsByModel(), charts.get("model"));
		});
	}

	@Test
	void terminalsTableFiltersAsYouType() {
		TerminalsView view = onUi(() -> (TerminalsView) page.findView(EstateUi.TERMINALS_VIEW));
		waitUntil("all terminals listed", () -> view.isLoaded() && table(view).getItemCount() == SHOWN);

		String serial = registry.terminals(TerminalQuery.all().withPage(700, 1)).items().get(0).getSerialNumber();
		ui(() -> view.filterText().setText(serial));
		waitUntil("one terminal for " + serial, () -> view.rowCount() == 1 && table(view).getItemCount() == 1);
		assertEquals(serial, onUi(() -> table(view).getItem(0).getText(0)));

		long sunmi = registry.summary().terminalsByVendor().get("Sunmi");
		ui(() -> view.filterText().setText("sunmi"));
		int sunmiShown = (int) Math.min(sunmi, TerminalsView.DEFAULT_WINDOW);
		waitUntil("the Sunmi terminals", () -> view.rowCount() == sunmi && table(view).getItemCount() == sunmiShown);
		assertEquals("Sunmi", onUi(() -> table(view).getItem(sunmiShown - 1).getText(2)), "last row, fetched on demand");

		ui(() -> view.filterText().setText(""));
		waitUntil("all terminals again", () -> view.rowCount() == DEMO_TERMINALS);
	}

	@Test
	void terminalsTableOpensAndFiltersTimed() {
		ui(() -> page.hideView(page.findView(EstateUi.TERMINALS_VIEW)));
		long start = System.nanoTime();
		TerminalsView view = onUi(() -> (TerminalsView) page.showView(EstateUi.TERMINALS_VIEW));
		waitUntil("the table to open", () -> view.isLoaded() && table(view).getItemCount() == SHOWN
				&& !table(view).getItem(0).getText(0).isEmpty());
		long openMillis = (System.nanoTime() - start) / 1_000_000;

		String serial = registry.terminals(TerminalQuery.all().withPage(DEMO_TERMINALS / 2, 1)).items().get(0)
				.getSerialNumber();
		ui(() -> view.filterText().setText(serial));
		waitUntil("the filter", () -> view.rowCount() == 1 && table(view).getItemCount() == 1);
		long serialMillis = view.lastLoadMillis();
		ui(() -> view.filterText().setText("verifone"));
		long verifone = registry.summary().terminalsByVendor().get("Verifone");
		waitUntil("the filter", () -> view.rowCount() == verifone);
		long vendorMillis = view.lastLoadMillis();
		ui(() -> view.filterText().setText(""));
		waitUntil("all terminals again", () -> view.rowCount() == DEMO_TERMINALS);

		System.out.printf("Terminals table on %,d terminals: opened (rows on screen) in %d ms; filter by serial"
				+ " answered in %d ms, by vendor text (%,d rows) in %d ms%n", DEMO_TERMINALS, openMillis, serialMillis,
				verifone, vendorMillis);
		if (System.getProperty(BENCHMARK_PROPERTY) == null) {
			return;
		}
		assertTrue(openMillis <= OPEN_BUDGET_MS, "opened in " + openMillis + " ms");
		assertTrue(serialMillis <= FILTER_BUDGET_MS, "serial filter answered in " + serialMillis + " ms");
		assertTrue(vendorMillis <= FILTER_BUDGET_MS, "vendor filter answered in " + vendorMillis + " ms");
	}

	@Test
	void tableWindowMovesThroughTheResult() {
		TerminalsView view = onUi(() -> (TerminalsView) page.findView(EstateUi.TERMINALS_VIEW));
		waitUntil("all terminals listed", () -> view.isLoaded() && table(view).getItemCount() == SHOWN);
		try {
			ui(() -> view.setWindow(500));
			assertEquals(500, onUi(() -> table(view).getItemCount()));
			ui(() -> view.moveWindow(1));
			String expected = registry.terminals(view.query().withPage(500, 1)).items().get(0).getSerialNumber();
			assertEquals(500, view.windowStart());
			assertEquals(expected, onUi(() -> table(view).getItem(0).getText(0)));
			ui(() -> view.moveWindow(-1));
			assertEquals(0, view.windowStart());
			ui(() -> view.moveWindow(-1));
			assertEquals(0, view.windowStart(), "no window before the first");
		} finally {
			ui(() -> view.setWindow(TerminalsView.DEFAULT_WINDOW));
		}
		assertEquals(SHOWN, onUi(() -> table(view).getItemCount()));
	}

	@Test
	void columnHeaderSortsInTheStore() {
		TerminalsView view = onUi(() -> (TerminalsView) page.findView(EstateUi.TERMINALS_VIEW));
		List<String> vendors = new ArrayList<>(registry.summary().terminalsByVendor().keySet());
		waitUntil("all terminals listed", () -> view.isLoaded() && table(view).getItemCount() == SHOWN);

		ui(() -> table(view).getColumn(2).notifyListeners(SWT.Selection, new Event()));
		waitUntil("sorted by vendor", () -> view.isLoaded() && table(view).getSortDirection() == SWT.UP);
		assertEquals(vendors.get(0), onUi(() -> table(view).getItem(0).getText(2)));

		ui(() -> table(view).getColumn(2).notifyListeners(SWT.Selection, new Event()));
		waitUntil("sorted by vendor, descending", () -> view.isLoaded() && table(view).getSortDirection() == SWT.DOWN);
		assertEquals(vendors.get(vendors.size() - 1), onUi(() -> table(view).getItem(0).getText(2)));

		ui(() -> table(view).getColumn(0).notifyListeners(SWT.Selection, new Event()));
		waitUntil("sorted by serial", () -> view.isLoaded() && table(view).getSortColumn() == table(view).getColumn(0));
	}

	@Test
	void invalidEditShowsTheValidationMessageAndSavesNothing() {
		String serial = terminalIn(TerminalState.IN_STOCK, 0).getSerialNumber();
		int events = registry.history(serial).size();
		TerminalEditor editor = openTerminal(serial);
		ui(() -> {
			assertTrue(editor.problems().isEmpty(), "valid when opened: " + editor.problems());
			assertFalse(editor.isDirty());
			editor.reasonText().setText("go live");
			editor.stateViewer().setSelection(new StructuredSelection(TerminalState.ACTIVE));
			assertTrue(editor.isDirty());
			assertTrue(editor.problems().stream().anyMatch(m -> m.contains("must be bound to a merchant")),
					"validation message: " + editor.problems());
			assertTrue(editor.message().contains("must be bound to a merchant"), "shown: " + editor.message());

			NullProgressMonitor monitor = new NullProgressMonitor();
			editor.doSave(monitor);
			assertTrue(monitor.isCanceled());
			assertTrue(editor.message().startsWith("Not saved"), "shown: " + editor.message());
			assertTrue(editor.isDirty());
		});
		assertEquals(TerminalState.IN_STOCK, registry.terminal(serial).orElseThrow().getState());
		assertEquals(events, registry.history(serial).size());
		ui(() -> assertTrue(page.closeEditor(editor, false)));
	}

	@Test
	void validStateChangeIsSavedWithActorAndReason() {
		String serial = terminalIn(TerminalState.IN_STOCK, 1).getSerialNumber();
		int events = registry.history(serial).size();
		TerminalEditor editor = openTerminal(serial);
		ui(() -> {
			editor.stateViewer().setSelection(new StructuredSelection(TerminalState.SHIPPED));
			assertTrue(editor.problems().stream().anyMatch(m -> m.contains("reason")),
					"reason required: " + editor.problems());
			editor.reasonText().setText("shipped to the field team");
			assertTrue(editor.problems().isEmpty(), "valid: " + editor.problems());
			assertTrue(page.saveEditor(editor, false));
			assertFalse(editor.isDirty());
		});
		assertEquals(TerminalState.SHIPPED, registry.terminal(serial).orElseThrow().getState());
		List<LifecycleEvent> history = registry.history(serial);
		assertEquals(events + 1, history.size());
		LifecycleEvent last = history.get(history.size() - 1);
		assertEquals(TerminalState.IN_STOCK, last.getFromState());
		assertEquals(TerminalState.SHIPPED, last.getToState());
		assertEquals(EstateSession.actor(), last.getActor());
		assertEquals("shipped to the field team", last.getReason());
	}

	@Test
	void propertiesViewShowsEmfPropertiesWithContactsMasked() {
		Merchant merchant = boundMerchant();
		List<String> rows = onUi(() -> {
			PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
			PropertySheetPage properties = (PropertySheetPage) sheet.getCurrentPage();
			properties.selectionChanged(page.findView(EstateUi.TERMINALS_VIEW), new StructuredSelection(merchant));
			List<String> texts = new ArrayList<>();
			collect(((Tree) properties.getControl()).getItems(), texts);
			return texts;
		});
		assertTrue(rows.contains("Merchant No=" + merchant.getMerchantNo()), "rows: " + rows);
		String account = merchant.getSettlementAccount();
		assertTrue(rows.contains("Settlement Account=" + Masking.maskAccount(account)), "rows: " + rows);
		String phone = merchant.getPhone().getNumber();
		assertFalse(rows.stream().anyMatch(r -> r.contains(account) || r.contains(phone)), "unmasked: " + rows);
	}

	@Test
	void merchantEditorShowsContactsMasked() {
		Merchant merchant = boundMerchant();
		ui(() -> {
			Workbench.openMerchant(page, merchant.getMerchantNo());
			MerchantEditor editor = assertInstanceOf(MerchantEditor.class, page.getActiveEditor());
			assertEquals(merchant.getName(), editor.fieldText("Name"));
			assertEquals(Masking.maskAccount(merchant.getSettlementAccount()), editor.fieldText("Settlement account"));
			assertTrue(editor.fieldText("Phone").startsWith(Masking.maskPhone(merchant.getPhone().getNumber())));
			assertFalse(editor.fieldText("Phone").contains(merchant.getPhone().getNumber()));
		});
	}

	@Test
	void storePreferencePageSavesTheStoreLocation() {
		String location = "jdbc:h2:mem:preferred-store";
		try {
			ui(() -> {
				assertNotNull(PlatformUI.getWorkbench().getPreferenceManager().find(StorePreferencePage.ID));
				Shell shell = new Shell(display);
				try {
					StorePreferencePage preferences = new StorePreferencePage();
					preferences.createControl(shell);
					Text field = find(Text.class, preferences.getControl());
					field.setText(location);
					assertTrue(preferences.performOk());
				} finally {
					shell.dispose();
				}
			});
			assertEquals(location, StorePreferences.store());
		} finally {
			InstanceScope.INSTANCE.getNode("io.posestate.ui").remove("store");
		}
		assertEquals(null, StorePreferences.store());
	}

	@Test
	void policyAndMaskingPreferencePagesCheckAndSave() {
		try {
			ui(() -> {
				assertNotNull(PlatformUI.getWorkbench().getPreferenceManager().find(StorePreferencePage.ID + "/"
						+ PolicyPreferencePage.ID));
				Shell shell = new Shell(display);
				try {
					PolicyPreferencePage policy = new PolicyPreferencePage();
					policy.createControl(shell);
					List<Text> fields = all(Text.class, policy.getControl());
					assertEquals(5, fields.size(), "limit, dormant warning and critical, spike minimum and share");
					assertEquals("1000.00", fields.get(0).getText());
					type(fields.get(1), "900");
					assertFalse(policy.isValid());
					assertTrue(policy.getErrorMessage().contains("warning <= critical"), policy.getErrorMessage());
					type(fields.get(1), "30");
					type(fields.get(0), "12.345");
					assertFalse(policy.isValid(), "an amount has 2 decimals at most");
					type(fields.get(0), "500");
					assertTrue(policy.isValid(), policy.getErrorMessage());
					assertTrue(policy.performOk());

					MaskingPreferencePage masking = new MaskingPreferencePage();
					masking.createControl(shell);
					List<Button> roles = all(Button.class, masking.getControl()).stream()
							.filter(b -> (b.getStyle() & SWT.CHECK) != 0).toList();
					assertEquals(Role.values().length, roles.size());
					Button supervisors = roles.get(Role.SUPERVISOR.ordinal());
					assertTrue(supervisors.getText().startsWith("Supervisors"));
					assertFalse(supervisors.getSelection(), "nobody sees numbers in clear by default");
					supervisors.setSelection(true);
					supervisors.notifyListeners(SWT.Selection, new Event());
					assertTrue(masking.performOk());
				} finally {
					shell.dispose();
				}
			});
			AuditPolicy saved = StorePreferences.policy();
			assertEquals(30, saved.dormantWarningDays());
			assertEquals(500_00, saved.defaultLimitCents());
			assertTrue(StorePreferences.unmasks(Role.SUPERVISOR));
		} finally {
			for (String key : List.of("policy.defaultLimit", "policy.dormantWarningDays", "policy.dormantCriticalDays",
					"policy.spikeMinTransactions", "policy.spikeFailedShare")) {
				InstanceScope.INSTANCE.getNode("io.posestate.ui").remove(key);
			}
			StorePreferences.setUnmasks(Role.SUPERVISOR, false);
			EstateSession.changed();
		}
	}

	private static <T extends Control> T find(Class<T> type, Control control) {
		if (type.isInstance(control)) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(type, child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void auditJobStoresFindingsThatTheFindingsViewShows() throws Exception {
		Path transactions = WorkbenchApplication.demoFiles().resolve("transactions.csv");
		AuditJob job = new AuditJob(transactions, DemoEstate.Options.DEFAULT_AS_OF, StorePreferences.policy());
		job.schedule();
		job.join();
		assertEquals(IStatus.INFO, job.getResult().getSeverity(), job.getResult().getMessage());
		List<Finding> produced = job.result().findings();
		assertFalse(produced.isEmpty(), "the demo estate plants anomalies");
		assertTrue(job.runId() >= 0, "the findings were stored with the estate");
		Path outputs = Reports.auditRun(job.runId());
		assertTrue(Files.isRegularFile(outputs.resolve("report.html")), "HTML report moved in place");
		assertTrue(Files.isRegularFile(outputs.resolve("report.pdf")), "PDF report moved in place");
		assertTrue(Files.isRegularFile(outputs.resolve("findings.csv")));

		DashboardView dashboard = onUi(() -> (DashboardView) page.findView(EstateUi.DASHBOARD_VIEW));
		waitUntil("findings by rule on the dashboard",
				() -> StoredFindings.byRule(produced).equals(dashboard.charts().get("rule")));
		assertFalse(onUi(() -> dashboard.trends().get("findings")).isEmpty(), "findings per day");

		FindingsView view = onUi(() -> (FindingsView) page.showView(EstateUi.FINDINGS_VIEW));
		waitUntil("the stored run in the Findings view", () -> view.run() != null && view.run().id() == job.runId());
		assertEquals(produced, view.findings());
		Finding onTerminal = produced.stream()
				.filter(f -> f.serialNumber() != null && registry.terminal(f.serialNumber()).isPresent()).findFirst()
				.orElseThrow();
		ui(() -> {
			Tree tree = view.viewer().getTree();
			view.viewer().expandAll();
			long rules = produced.stream().map(Finding::rule).distinct().count();
			assertEquals(rules, tree.getItemCount(), "one group per rule");
			TreeItem worst = tree.getItem(0);
			boolean critical = produced.stream().anyMatch(f -> f.severity() == Severity.CRITICAL);
			assertEquals(PlatformUI.getWorkbench().getSharedImages().getImage(critical
					? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK), worst.getImage());
			int total = 0;
			TreeItem target = null;
			for (TreeItem group : tree.getItems()) {
				total += group.getItemCount();
				for (TreeItem item : group.getItems()) {
					if (target == null && onTerminal.equals(item.getData())) {
						target = item;
					}
				}
			}
			assertEquals(produced.size(), total);
			assertNotNull(target);
			// double-click: the terminal's editor opens
			tree.setSelection(target);
			tree.notifyListeners(SWT.DefaultSelection, new Event());
			assertEquals(onTerminal.serialNumber(), page.getActiveEditor().getEditorInput().getName());
			assertInstanceOf(TerminalEditor.class, page.getActiveEditor());
		});

		// critical findings become S2 stop-use alert cases on the board, once
		long critical = produced.stream().filter(f -> f.severity() == Severity.CRITICAL && f.serialNumber() != null
				&& registry.terminal(f.serialNumber()).isPresent()).count();
		int opened = onUi(view::openAlerts);
		assertTrue(opened > 0 && opened <= critical, opened + " alerts for " + critical + " critical findings");
		assertEquals(0, onUi(view::openAlerts), "no second alert for the same terminal and cause");
		assertTrue(EstateSession.lifecycle().list(CaseStatus.OPEN, Scenario.S2).size() >= opened);
	}

	@Test
	void casesBoardAdvancesAStepWithEvidence() throws Exception {
		Lifecycle lifecycle = EstateSession.lifecycle();
		Case rebinding = lifecycle.list(CaseStatus.OPEN, Scenario.S1).stream()
				.map(c -> lifecycle.find(c.getId()).orElseThrow())
				.filter(c -> c.getSteps().get(0).getStatus() == StepStatus.PENDING).findFirst()
				.orElseThrow(() -> new AssertionError("the demo opens re-binding cases for its cancelled phones"));
		Path evidence = Files.writeString(Files.createTempFile("cause-check", ".txt"), "carrier confirms: cancelled");
		CasesView view = onUi(() -> (CasesView) page.showView(EstateUi.CASES_VIEW));
		ui(view::reload);
		waitUntil("the board read", view::isLoaded);
		StepDialog refused = onUi(() -> {
			view.select(rebinding.getId());
			StepDialog d = view.stepDialog();
			d.setBlockOnOpen(false);
			d.open();
			d.fill("checked with the carrier", "", Map.of());
			press(d.getShell(), "Record step");
			return d;
		});
		ui(() -> {
			assertFalse(refused.getShell() == null || refused.getShell().isDisposed(), "a refused step keeps the dialog");
			String error = refusedMessage(refused.getShell());
			assertTrue(error != null && error.contains("missing evidence CAUSE_CHECK"), error);
			refused.fill("checked with the carrier", "cause=ACCOUNT_BINDING", Map.of("CAUSE_CHECK", evidence.toString()));
			press(refused.getShell(), "Record step");
			assertNull(refused.getShell(), "recorded: the dialog closed");
		});
		Case after = lifecycle.find(rebinding.getId()).orElseThrow();
		Step first = after.getSteps().get(0);
		assertEquals(StepStatus.DONE, first.getStatus());
		assertEquals(EstateSession.actor(), first.getActor());
		assertEquals("CAUSE_CHECK", first.getEvidence().get(0).getKind());
		assertEquals(sha256(evidence), first.getEvidence().get(0).getSha256());
		waitUntil("the board shows the recorded step", () -> {
			Case shown = view.selectedCase();
			return shown != null && shown.getId() == rebinding.getId()
					&& view.steps().getTable().getItem(0).getText(2).equals("DONE");
		});
		assertEquals("2 CONTACT_MERCHANT", onUi(() -> view.cases().getTree().getSelection()[0].getText(3)));

		// the case report: generated by a job from the lifecycle's report, with the step and its evidence
		Job report = ReportJobs.caseReport(rebinding.getId(), false);
		report.schedule();
		report.join();
		assertEquals(IStatus.INFO, report.getResult().getSeverity(), report.getResult().getMessage());
		String html = Files.readString(ReportJobs.caseReportFile(rebinding.getId()));
		assertTrue(html.contains("CAUSE_CHECK") && html.contains("VERIFY_CAUSE"), "the report shows the step");
		assertFalse(html.contains(rebinding.getCause()), "the cancelled phone is masked in the report");
		assertFalse(onUi(() -> ((DashboardView) page.findView(EstateUi.DASHBOARD_VIEW)).trends().get("events"))
				.isEmpty(), "lifecycle events per day on the dashboard");
	}

	@Test
	void selfApprovalIsRefusedWithTheLifecyclesMessage() {
		Lifecycle lifecycle = EstateSession.lifecycle();
		String me = EstateSession.actor();
		Terminal active = terminalIn(TerminalState.ACTIVE, 3);
		Case alert = lifecycle.open(me, new OpenRequest(Scenario.S2, active.getSerialNumber(), null, "MAINTENANCE_DUE",
				me, null, Map.of()));
		lifecycle.step(alert.getId(), Lifecycle.ANY_VERSION, "REQUEST_ALERT", me,
				StepInput.of("maintenance due", null, null));
		CasesView view = onUi(() -> (CasesView) page.showView(EstateUi.CASES_VIEW));
		ui(view::reload);
		waitUntil("the board read", view::isLoaded);
		ui(() -> {
			view.select(alert.getId());
			assertFalse(view.decide(true, null));
			assertTrue(view.message().contains("cannot approve their own request"), view.message());
		});
		assertEquals(StepStatus.AWAITING_APPROVAL, lifecycle.find(alert.getId()).orElseThrow().getSteps().get(0).getStatus());

		lifecycle.grantRole(me, "second-supervisor", Role.SUPERVISOR);
		StorePreferences.setActor("second-supervisor");
		try {
			ui(() -> {
				EstateSession.changed();
				view.reload();
			});
			waitUntil("the board read as the second supervisor", view::isLoaded);
			ui(() -> {
				view.select(alert.getId());
				assertTrue(view.decide(true, "ok"), view.message());
				assertNull(view.message());
			});
			Step approved = lifecycle.find(alert.getId()).orElseThrow().getSteps().get(0);
			assertEquals(StepStatus.DONE, approved.getStatus());
			assertEquals("second-supervisor", approved.getApprovals().get(0).getApprover());
		} finally {
			StorePreferences.setActor(null);
			EstateSession.changed();
		}
	}

	@Test
	void cancelledImportLeavesWholeFilesOnly() throws Exception {
		Path files = Files.createTempDirectory("posestate-import");
		int bigger = DEMO_TERMINALS + 500;
		DemoEstate.generate(new DemoEstate.Options(bigger, 42, 0, DemoEstate.Options.DEFAULT_AS_OF), files);
		EstateSummary before = registry.summary();
		ImportJob job = new ImportJob(files) {
			@Override
			protected void afterFile(FileImport done) {
				if (done.file().equals("merchants.csv")) {
					cancel();
				}
			}
		};
		job.schedule();
		job.join();
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().getMessage());
		assertTrue(job.getResult().getMessage().contains("not imported: phone_status.csv, terminals.csv"),
				job.getResult().getMessage());
		assertEquals(List.of("licensed_acquirers.csv", "merchants.csv"),
				job.imported().stream().map(FileImport::file).toList());
		EstateSummary after = registry.summary();
		assertEquals(new DemoEstate.Options(bigger, 42, 0, DemoEstate.Options.DEFAULT_AS_OF).merchants(),
				after.merchants(), "merchants.csv imported whole");
		assertEquals(before.terminals(), after.terminals(), "terminals.csv not imported at all");
		assertEquals(before.terminalsByState(), after.terminalsByState());
	}

	@Test
	void numbersAreShownInClearOnlyToRolesTheMaskingPreferencesAllow() {
		Merchant merchant = boundMerchant();
		String phone = merchant.getPhone().getNumber();
		assertEquals(Masking.maskPhone(phone), UiMasking.phone(phone), "masked by default, even for a supervisor");
		StorePreferences.setUnmasks(Role.SUPERVISOR, true);
		try {
			EstateSession.changed();
			assertEquals(phone, UiMasking.phone(phone), "a supervisor may see numbers once allowed");
			assertEquals(merchant.getSettlementAccount(), UiMasking.account(merchant.getSettlementAccount()));
			StorePreferences.setActor("nobody-granted");
			assertEquals(Masking.maskPhone(phone), UiMasking.phone(phone), "no role: masked");
		} finally {
			StorePreferences.setUnmasks(Role.SUPERVISOR, false);
			StorePreferences.setActor(null);
			EstateSession.changed();
		}
	}

	@Test
	void policyPreferencesMakeTheAuditPolicy() {
		assertEquals(AuditPolicy.defaults().toString(), StorePreferences.policy().toString());
		InstanceScope.INSTANCE.getNode("io.posestate.ui").put("policy.dormantWarningDays", "30");
		try {
			assertEquals(30, StorePreferences.policy().dormantWarningDays());
			InstanceScope.INSTANCE.getNode("io.posestate.ui").put("policy.dormantWarningDays", "900");
			IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
					StorePreferences::policy);
			assertTrue(e.getMessage().contains("warning <= critical"), e.getMessage());
		} finally {
			InstanceScope.INSTANCE.getNode("io.posestate.ui").remove("policy.dormantWarningDays");
		}
	}

	/** Types into a text field as a user does: its text changes, then a key goes down and up. */
	private static void type(Text field, String text) {
		field.setText(text);
		field.notifyListeners(SWT.KeyDown, new Event());
		field.notifyListeners(SWT.KeyUp, new Event());
	}

	/** Presses a dialog button by its label, as a click does. */
	private static void press(Shell shell, String label) {
		for (Button b : all(Button.class, shell)) {
			if (b.getText().replace("&", "").equals(label)) {
				b.notifyListeners(SWT.Selection, new Event());
				return;
			}
		}
		fail("no button " + label);
	}

	/** The error a TitleAreaDialog shows (in its message label). */
	private static String refusedMessage(Shell shell) {
		for (Control c : all(Control.class, shell)) {
			String text = c instanceof org.eclipse.swt.widgets.Text t && (t.getStyle() & SWT.READ_ONLY) != 0 ? t.getText()
					: c instanceof org.eclipse.swt.widgets.Label l ? l.getText() : null;
			if (text != null && text.contains("refused")) {
				return text;
			}
		}
		return null;
	}

	private static <T extends Control> List<T> all(Class<T> type, Control control) {
		List<T> found = new ArrayList<>();
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(all(type, child));
			}
		}
		return found;
	}

	private static String sha256(Path file) throws Exception {
		return java.util.HexFormat.of().formatHex(
				java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

	private Terminal terminalIn(TerminalState state, int index) {
		return registry.terminals(TerminalQuery.all().withState(state).withPage(index, 1)).items().get(0);
	}

	private Merchant boundMerchant() {
		Terminal active = terminalIn(TerminalState.ACTIVE, 0);
		Merchant merchant = registry.merchant(active.getMerchantNo()).orElseThrow();
		assertNotNull(merchant.getPhone(), "demo merchants have a phone");
		assertNotNull(merchant.getSettlementAccount(), "demo merchants have a settlement account");
		return merchant;
	}

	private TerminalEditor openTerminal(String serial) {
		return onUi(() -> {
			Workbench.openTerminal(page, serial);
			IEditorPart active = page.getActiveEditor();
			assertEquals(serial, active.getEditorInput().getName());
			return assertInstanceOf(TerminalEditor.class, active);
		});
	}

	private static Table table(TerminalsView view) {
		return view.viewer().getTable();
	}

	private static List<String> texts(TreeItem[] items) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : items) {
			texts.add(item.getText());
		}
		return texts;
	}

	private static void collect(TreeItem[] items, List<String> rows) {
		for (TreeItem item : items) {
			rows.add(item.getText(0) + "=" + item.getText(1));
			collect(item.getItems(), rows);
		}
	}

	/** A step that runs on the UI thread and may throw. */
	@FunctionalInterface
	interface UiCall<T> {
		T call() throws Exception;
	}

	/** Runs a step on the UI thread; its assertion failures and exceptions fail the test. */
	private static <T> T onUi(UiCall<T> step) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(step.call());
			} catch (Throwable t) {
				failure.set(t);
			}
		});
		Throwable t = failure.get();
		if (t instanceof Error e) {
			throw e;
		}
		if (t != null) {
			throw new IllegalStateException(t);
		}
		return result.get();
	}

	/** A step without result. */
	@FunctionalInterface
	interface UiStep {
		void run() throws Exception;
	}

	private static void ui(UiStep step) {
		onUi(() -> {
			step.run();
			return null;
		});
	}

	/** Polls a condition on the UI thread while the workbench's event loop runs (jobs post results to it). */
	private static void waitUntil(String what, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!onUi(condition::getAsBoolean)) {
			if (System.currentTimeMillis() > end) {
				fail("timed out waiting for " + what);
			}
			sleep();
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(20);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			fail("interrupted");
		}
	}
}
