package io.posestate.driver.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.posestate.driver.RemoteCommand.Type;
import io.posestate.fleet.FleetMonitor;
import io.posestate.fleet.FleetSimulator;
import io.posestate.fleet.FleetStore;
import io.posestate.fleet.FleetStores;
import io.posestate.fleet.FleetTerminal;
import io.posestate.fleet.IngestEndpoint;
import io.posestate.fleet.RemoteCommands;
import io.posestate.registry.api.EstateRegistry;
import io.posestate.registry.api.RegistryFactory;
import io.posestate.ui.EstateSession;
import io.posestate.ui.internal.WorkbenchApplication;

/**
 * The Fleet view and the Send Remote Command action in the real workbench (real widgets under Xvfb): a demo fleet
 * reports over loopback HTTP into the workbench's store, the view shows it with severity icons, and the action
 * offers each terminal only the commands its driver supports.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetViewTest {
	private static final String SECRET = "s3cret-Fleet";
	private static final long TIMEOUT_MS = 60_000;
	private static Thread uiThread;
	private static final AtomicInteger EXIT_CODE = new AtomicInteger(-1);
	private static Display display;
	private static List<FleetSimulator.Message> fleet;

	@BeforeAll
	static void openWorkbenchAndSimulate() throws Exception {
		uiThread = new Thread(() -> EXIT_CODE.set(WorkbenchApplication.run(List.of("--demo", "--terminals", "200"))),
				"workbench UI");
		uiThread.start();
		waitUntil("the workbench to open", () -> PlatformUI.isWorkbenchRunning() && windowOpen());
		display = PlatformUI.getWorkbench().getDisplay();
		on(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			assertTrue(page.isPartVisible(page.findView(io.posestate.ui.EstateUi.TERMINALS_VIEW)),
					"at start the Terminals view stays on top of the stack the Fleet view joins");
			return null;
		});

		fleet = simulate(EstateSession.registry());
	}

	/** The demo fleet of 21 terminals, sent over loopback HTTP into the registry's store. */
	private static List<FleetSimulator.Message> simulate(EstateRegistry registry) throws Exception {
		FleetSimulator simulator = Services.get(FleetSimulator.class);
		List<FleetSimulator.Message> messages = simulator.demoFleet(21, 42,
				Instant.now().truncatedTo(ChronoUnit.SECONDS));
		try (FleetStore store = EstateFleet.open(Services.get(FleetStores.class), registry);
				IngestEndpoint endpoint = Services.get(FleetMonitor.class).listen(0, store)) {
			assertEquals(21, simulator.send(endpoint.uri(), messages).accepted());
		}
		return messages;
	}

	private static boolean windowOpen() {
		AtomicBoolean open = new AtomicBoolean();
		PlatformUI.getWorkbench().getDisplay()
				.syncExec(() -> open.set(PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null));
		return open.get();
	}

	@AfterAll
	static void closeWorkbench() throws InterruptedException {
		if (display != null) {
			display.syncExec(() -> PlatformUI.getWorkbench().close());
		}
		uiThread.join(TIMEOUT_MS);
		assertEquals(0, EXIT_CODE.get(), "exit code of the workbench application");
	}

	@Test
	void fleetViewJoinsTheEstatePerspectiveAndShowsStatusAndAlertsWithSeverityIcons() {
		FleetView view = loadedView();
		String tampered = fleet.get(3).report().serialNumber();
		on(() -> {
			Table terminals = view.terminalsViewer().getTable();
			assertEquals(21, terminals.getItemCount());
			ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
			TableItem row = row(terminals, tampered);
			assertSame(images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK), row.getImage(0), "critical icon");
			assertEquals("YES", row.getText(7));

			Table alerts = view.alertsViewer().getTable();
			assertTrue(alerts.getItemCount() >= 4, "tamper and three offline alerts at least");
			assertEquals("CRITICAL", alerts.getItem(0).getText(0), "critical first");
			assertEquals("TAMPER", alerts.getItem(0).getText(1));
			assertEquals(tampered, alerts.getItem(0).getText(2));
			assertSame(images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK), alerts.getItem(0).getImage(0));
			TableItem offline = java.util.Arrays.stream(alerts.getItems()).filter(i -> i.getText(1).equals("OFFLINE"))
					.findFirst().orElseThrow();
			assertSame(images.getImage(ISharedImages.IMG_OBJS_WARN_TSK), offline.getImage(0), "warning icon");
			return null;
		});
	}

	@Test
	void sendRemoteCommandOffersOnlyWhatTheDriverSupports() throws Exception {
		FleetView view = loadedView();
		FleetTerminal ppm10 = terminal(view, "PP-M10");
		FleetTerminal ppm20 = terminal(view, "PP-M20");
		FleetTerminal ll900 = terminal(view, "LL-900");
		RemoteCommands commands = Services.get(RemoteCommands.class);
		assertEquals(List.of(Type.LOCK, Type.UNLOCK, Type.REBOOT, Type.SCREEN_MESSAGE),
				FleetData.supported(commands, ppm10), "PP-M10 can lock but not be wiped or updated");
		assertTrue(FleetData.supported(commands, ppm20).containsAll(List.of(Type.WIPE, Type.FIRMWARE_UPDATE)));
		assertFalse(FleetData.supported(commands, ll900).contains(Type.LOCK), "LL-900 cannot be locked remotely");

		SendCommandDialog dialog = openDialog(view, ppm10);
		on(() -> {
			assertEquals(FleetData.supported(commands, ppm10), dialog.offered());
			assertEquals(dialog.offered(), java.util.Arrays.stream(dialog.commandsViewer().getCombo().getItems())
					.toList().stream().map(label -> java.util.Arrays.stream(Type.values())
							.filter(t -> t.label().equals(label)).findFirst().orElseThrow()).toList(),
					"the combo shows exactly the supported commands");
			dialog.commandsViewer().setSelection(new StructuredSelection(Type.SCREEN_MESSAGE));
			assertTrue(dialog.argumentText().isEnabled(), "a screen message needs its text");
			assertFalse(dialog.send(), "Send is disabled without the text");
			dialog.argumentText().setText("Back at 2 pm");
			assertTrue(dialog.send());
			return null;
		});
		try (FleetStore store = EstateFleet.open(Services.get(FleetStores.class), EstateSession.registry())) {
			// the handler sends once the dialog has closed
			waitUntil("the command in the store", () -> !store.pending(ppm10.vendorId(), ppm10.serialNumber())
					.isEmpty());
			List<RemoteCommands.Issued> pending = store.pending(ppm10.vendorId(), ppm10.serialNumber());
			assertEquals(1, pending.size());
			assertEquals(Type.SCREEN_MESSAGE, pending.get(0).command().type());
			assertEquals("Back at 2 pm", pending.get(0).command().argument());
		}
		waitUntil("the view to show it pending", () -> view.isLoaded() && on(() -> row(view.terminalsViewer()
				.getTable(), ppm10.serialNumber()).getText(9)).equals("1"));

		SendCommandDialog wipe = openDialog(view, ppm20);
		on(() -> {
			assertTrue(wipe.offered().contains(Type.WIPE));
			wipe.cancel();
			return null;
		});
	}

	/**
	 * An estate whose store has a password: the view and the action reach its fleet through the registry's open
	 * store (its printable location has the password masked, and reconnecting by it is refused). Runs last: it
	 * replaces the demo estate.
	 */
	@Test
	@Order(Integer.MAX_VALUE)
	void anEstateStoreWithAPasswordShowsItsFleetAndTakesCommands(@TempDir Path dir) throws Exception {
		String url = "jdbc:h2:file:" + dir.resolve("estate").toString() + ";USER=fleet;PASSWORD=" + SECRET;
		EstateRegistry secured = Services.get(RegistryFactory.class).open(url);
		assertFalse(secured.location().contains(SECRET), "the printable location is masked");
		assertThrows(RuntimeException.class, () -> Services.get(FleetStores.class).open(secured.location()).close(),
				"the masked location does not reconnect");
		List<FleetSimulator.Message> messages = simulate(secured);
		on(() -> {
			EstateSession.open(secured, url);
			return null;
		});
		FleetView view = loadedView();
		on(() -> {
			assertFalse(view.status().getText().contains(SECRET), view.status().getText());
			return null;
		});
		FleetTerminal ppm20 = terminal(view, "PP-M20");
		SendCommandDialog dialog = openDialog(view, ppm20);
		on(() -> {
			dialog.commandsViewer().setSelection(new StructuredSelection(Type.LOCK));
			assertTrue(dialog.send());
			return null;
		});
		waitUntil("the view to show the lock pending", () -> view.isLoaded() && on(() -> row(view.terminalsViewer()
				.getTable(), ppm20.serialNumber()).getText(9)).equals("1"));
		try (FleetStore store = EstateFleet.open(Services.get(FleetStores.class), secured)) {
			assertEquals(Type.LOCK, store.pending(ppm20.vendorId(), ppm20.serialNumber()).get(0).command().type());
			assertEquals(messages.size(), store.terminals().size());
		}
		assertEquals(0, secured.summary().terminals(), "the registry itself is still open and usable");
	}

	@Test
	@Order(1)
	void uninstallingTheDriverBundleTakesItsCommandsOutOfTheAction() throws Exception {
		FleetView view = loadedView();
		FleetTerminal ppm20 = terminal(view, "PP-M20");
		org.osgi.framework.BundleContext bc = org.osgi.framework.FrameworkUtil.getBundle(FleetViewTest.class)
				.getBundleContext();
		org.osgi.framework.Bundle driver = java.util.Arrays.stream(bc.getBundles())
				.filter(b -> b.getSymbolicName().equals("io.posestate.driver.btmpos")).findFirst().orElseThrow();
		String location = installable(bc, driver.getLocation());
		driver.uninstall();
		try {
			SendCommandDialog none = openDialog(view, ppm20);
			on(() -> {
				assertEquals(List.of(), none.offered(), "no driver for pocketpin: nothing to offer");
				assertFalse(none.send(), "Send stays disabled");
				none.cancel();
				return null;
			});
		} finally {
			bc.installBundle(location).start();
		}
		SendCommandDialog back = openDialog(view, ppm20);
		on(() -> {
			assertTrue(back.offered().contains(Type.WIPE), "installed again: wipe is offered again");
			back.cancel();
			return null;
		});
	}

	/** The test runtime installs bundles as {@code initial@reference:file:PATH}, PATH relative to the install area. */
	private static String installable(org.osgi.framework.BundleContext bc, String location) throws Exception {
		String l = location.startsWith("initial@") ? location.substring("initial@".length()) : location;
		String prefix = "reference:file:";
		if (l.startsWith(prefix) && !l.startsWith(prefix + "/")) {
			java.net.URI area = new java.net.URI(bc.getProperty("osgi.install.area").replace(" ", "%20"));
			l = prefix + java.nio.file.Path.of(area).resolve(l.substring(prefix.length())).normalize();
		}
		return l;
	}

	// ------------------------------------------------------------------ helpers

	/** Selects the terminal in the view and runs the command as the menu does; returns the open dialog. */
	private static SendCommandDialog openDialog(FleetView view, FleetTerminal t) {
		on(() -> {
			IWorkbenchPage page = view.getSite().getPage();
			page.activate(view);
			view.terminalsViewer().setSelection(new StructuredSelection(t), true);
			return null;
		});
		display.asyncExec(() -> {
			try {
				view.getSite().getService(IHandlerService.class).executeCommand("io.posestate.driver.ui.commands.send",
						null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		String title = "Send Remote Command to " + t.serialNumber();
		AtomicReference<SendCommandDialog> found = new AtomicReference<>();
		waitUntil("the dialog for " + t.serialNumber(), () -> on(() -> {
			for (Shell s : display.getShells()) {
				if (title.equals(s.getText()) && s.getData() instanceof SendCommandDialog d) {
					found.set(d);
				}
			}
			return found.get() != null;
		}));
		return found.get();
	}

	private static FleetView loadedView() {
		FleetView view = on(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			assertNotNull(page.findView(FleetView.ID), "contributed to the Estate perspective by plugin.xml");
			FleetView v;
			try {
				v = assertInstanceOf(FleetView.class, page.showView(FleetView.ID));
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError(e);
			}
			v.refresh();
			return v;
		});
		waitUntil("the fleet to load", () -> view.isLoaded()
				&& on(() -> view.terminalsViewer().getTable().getItemCount()) == 21);
		return view;
	}

	private static FleetTerminal terminal(FleetView view, String model) {
		return on(() -> java.util.Arrays.stream(view.terminalsViewer().getTable().getItems())
				.map(i -> (FleetTerminal) i.getData()).filter(t -> model.equals(t.model())).findFirst()
				.orElseThrow());
	}

	private static TableItem row(Table table, String serial) {
		for (TableItem item : table.getItems()) {
			if (item.getText(0).equals(serial)) {
				return item;
			}
		}
		throw new AssertionError("no row for " + serial);
	}

	private static <T> T on(Supplier<T> work) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
			try {
				result.set(work.get());
			} catch (Throwable t) {
				failure.set(t);
			}
		});
		if (failure.get() instanceof Error e) {
			throw e;
		}
		if (failure.get() instanceof RuntimeException e) {
			throw e;
		}
		return result.get();
	}

	private static void waitUntil(String what, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end || (uiThread != null && !uiThread.isAlive())) {
				fail("timed out waiting for " + what + " (workbench exit code " + EXIT_CODE.get() + ")");
			}
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				fail("interrupted");
			}
		}
	}
}
