package io.posestate.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.posestate.ui.EstateUi;

/**
 * Estate: navigator on the left, findings and cases above the editors, the dashboard beside them, terminals and
 * properties below.
 */
public final class EstatePerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(EstateUi.NAVIGATOR_VIEW, IPageLayout.LEFT, 0.22f, editors);
		IFolderLayout bottom = layout.createFolder("io.posestate.ui.folders.bottom", IPageLayout.BOTTOM, 0.55f, editors);
		bottom.addView(EstateUi.TERMINALS_VIEW);
		bottom.addPlaceholder(EstateUi.PROGRESS_VIEW);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.RIGHT, 0.68f, EstateUi.TERMINALS_VIEW);
		layout.addView(EstateUi.DASHBOARD_VIEW, IPageLayout.RIGHT, 0.6f, editors);
		IFolderLayout work = layout.createFolder("io.posestate.ui.folders.work", IPageLayout.TOP, 0.75f, editors);
		work.addView(EstateUi.FINDINGS_VIEW);
		work.addView(EstateUi.CASES_VIEW);
		layout.addShowViewShortcut(EstateUi.NAVIGATOR_VIEW);
		layout.addShowViewShortcut(EstateUi.TERMINALS_VIEW);
		layout.addShowViewShortcut(EstateUi.DASHBOARD_VIEW);
		layout.addShowViewShortcut(EstateUi.CASES_VIEW);
		layout.addShowViewShortcut(EstateUi.FINDINGS_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(EstateUi.PROGRESS_VIEW);
	}
}
