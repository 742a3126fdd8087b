package io.posestate.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import io.posestate.ui.EstateSession;

/** Estate &gt; Refresh (F5): the views reload from the store. */
public final class RefreshHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		EstateSession.changed();
		return null;
	}
}
