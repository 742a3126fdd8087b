package io.posestate.ui;

/** Ids of the workbench parts, for plug-ins that place their contributions relative to them. */
public final class EstateUi {
	public static final String PERSPECTIVE = "io.posestate.ui.perspective.estate";
	public static final String NAVIGATOR_VIEW = "io.posestate.ui.views.navigator";
	public static final String TERMINALS_VIEW = "io.posestate.ui.views.terminals";
	public static final String DASHBOARD_VIEW = "io.posestate.ui.views.dashboard";
	public static final String CASES_VIEW = "io.posestate.ui.views.cases";
	public static final String FINDINGS_VIEW = "io.posestate.ui.views.findings";
	public static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";
	public static final String TERMINAL_EDITOR = "io.posestate.ui.editors.terminal";
	public static final String MERCHANT_EDITOR = "io.posestate.ui.editors.merchant";
	public static final String VERIFY_ALERT_COMMAND = "io.posestate.ui.commands.verifyAlert";

	private EstateUi() {
	}
}
