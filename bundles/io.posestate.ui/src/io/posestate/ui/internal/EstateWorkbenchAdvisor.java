package io.posestate.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import io.posestate.ui.EstateSession;
import io.posestate.ui.EstateUi;
import io.posestate.demo.DemoEstate;
import io.posestate.ui.internal.jobs.AuditJob;
import io.posestate.ui.internal.preferences.StorePreferences;
import io.posestate.ui.internal.views.TableBenchmark;

/** Opens one window on the Estate perspective with File and Window menus; the layout is not persisted. */
final class EstateWorkbenchAdvisor extends WorkbenchAdvisor {
	private final boolean benchmark;

	EstateWorkbenchAdvisor(boolean benchmark) {
		this.benchmark = benchmark;
	}

	@Override
	public void postStartup() {
		if (benchmark) {
			TableBenchmark.start();
			return;
		}
		// a demo estate comes audited: its transactions.csv runs through the audit as a job
		Path demo = WorkbenchApplication.demoFiles();
		Path transactions = demo == null ? null : demo.resolve("transactions.csv");
		try {
			if (transactions != null && Files.size(transactions) > 200) {
				new AuditJob(transactions, DemoEstate.Options.DEFAULT_AS_OF, StorePreferences.policy()).schedule();
			}
		} catch (IOException e) {
			// no demo transactions: nothing to audit
		}
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(false);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return EstateUi.PERSPECTIVE;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public void preWindowOpen() {
				IWorkbenchWindowConfigurer c = getWindowConfigurer();
				c.setInitialSize(new Point(1400, 900));
				c.setShowCoolBar(true);
				c.setShowStatusLine(true);
				c.setShowProgressIndicator(true);
				c.setTitle("POS Estate Workbench — "
						+ EstateSession.current().map(r -> r.location()).orElse("no estate"));
			}

			@Override
			public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer abc) {
				return new MenuAdvisor(abc);
			}
		};
	}

	/** File (Exit) and Window (Show View, Preferences) menus; plug-ins add theirs through org.eclipse.ui.menus. */
	private static final class MenuAdvisor extends ActionBarAdvisor {
		MenuAdvisor(IActionBarConfigurer configurer) {
			super(configurer);
		}

		@Override
		protected void fillMenuBar(IMenuManager menuBar) {
			IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
			IAction quit = ActionFactory.QUIT.create(window);
			IAction preferences = ActionFactory.PREFERENCES.create(window);
			register(quit);
			register(preferences);
			MenuManager file = new MenuManager("&File", "file");
			file.add(quit);
			MenuManager windowMenu = new MenuManager("&Window", "window");
			MenuManager showView = new MenuManager("Show &View", "showView");
			showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
			windowMenu.add(showView);
			windowMenu.add(preferences);
			menuBar.add(file);
			menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
			menuBar.add(windowMenu);
		}
	}
}
