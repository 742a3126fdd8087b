package io.posestate.ui.internal.views;

import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import io.posestate.registry.api.EstateSummary;
import io.posestate.ui.EstateSession;

/** Counts of the estate at a glance: terminals by state, vendor and model, merchants and flagged phones. */
public final class DashboardView extends ViewPart {
	private ScrolledComposite scroller;
	private Composite body;
	private Label headline;
	private BarChart byState;
	private BarChart byVendor;
	private BarChart byModel;
	private final Runnable onEstateChanged = () -> {
		if (body != null && !body.isDisposed()) {
			body.getDisplay().asyncExec(this::reload);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		body = new Composite(scroller, SWT.NONE);
		body.setBackground(body.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		GridLayoutFactory.fillDefaults().numColumns(1).margins(8, 8).spacing(8, 12).applyTo(body);
		headline = new Label(body, SWT.WRAP);
		headline.setBackground(body.getBackground());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(headline);
		byState = chart();
		byVendor = chart();
		byModel = chart();
		scroller.setContent(body);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.addListener(SWT.Resize, e -> layout());
		EstateSession.addListener(onEstateChanged);
		reload();
	}

	private BarChart chart() {
		BarChart chart = new BarChart(body);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(chart);
		return chart;
	}

	private void reload() {
		if (body.isDisposed()) {
			return;
		}
		EstateSummary s = EstateSession.current().map(r -> r.summary()).orElse(null);
		if (s == null) {
			headline.setText("No estate open.");
			return;
		}
		headline.setText(String.format("%,d terminals · %,d merchants · %,d merchants flagged (cancelled phone)"
				+ " · %,d cancelled phones", s.terminals(), s.merchants(), s.flaggedMerchants(), s.cancelledPhones()));
		byState.setData("Terminals by state", s.terminalsByState());
		byVendor.setData("Terminals by vendor", s.terminalsByVendor());
		byModel.setData("Terminals by model", s.terminalsByModel());
		layout();
	}

	private void layout() {
		int width = scroller.getClientArea().width;
		body.layout(true, true);
		scroller.setMinSize(body.computeSize(width, SWT.DEFAULT));
	}

	/** Chart data shown now, by chart title (tests). */
	public Map<String, Map<String, Long>> charts() {
		return Map.of("state", byState.data(), "vendor", byVendor.data(), "model", byModel.data());
	}

	@Override
	public void setFocus() {
		body.setFocus();
	}

	@Override
	public void dispose() {
		EstateSession.removeListener(onEstateChanged);
		super.dispose();
	}
}
