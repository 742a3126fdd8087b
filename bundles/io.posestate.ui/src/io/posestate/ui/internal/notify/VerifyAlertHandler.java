package io.posestate.ui.internal.notify;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Estate &gt; Verify Alert...: opens the {@link VerifyAlertDialog}. */
public final class VerifyAlertHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new VerifyAlertDialog(HandlerUtil.getActiveShell(event)).open();
		return null;
	}
}
