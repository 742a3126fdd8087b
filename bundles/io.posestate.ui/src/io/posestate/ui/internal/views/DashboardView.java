package io.posestate.ui.internal.views;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import io.posestate.audit.api.Finding;
import io.posestate.lifecycle.AuditEvent;
import io.posestate.registry.api.EstateSummary;
import io.posestate.ui.EstateSession;
import io.posestate.ui.internal.findings.StoredFindings;

/**
 * The estate at a glance: terminals by state, vendor and model, merchants and flagged phones; the newest audit's
 * findings by rule and per day; lifecycle events per day.
 */
public final class DashboardView extends ViewPart {
	private ScrolledComposite scroller;
	private Composite body;
	private Label headline;
	private BarChart byState;
	private BarChart byVendor;
	private BarChart byModel;
	private BarChart findingsByRule;
	private TrendChart findingsPerDay;
	private TrendChart eventsPerDay;
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
		findingsByRule = chart();
		findingsPerDay = trend();
		eventsPerDay = trend();
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

	private TrendChart trend() {
		TrendChart chart = new TrendChart(body);
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
		List<Finding> findings = List.of();
		String run = "no audit stored yet";
		try {
			StoredFindings.Run latest = StoredFindings.latestRun(EstateSession.store()).orElse(null);
			if (latest != null) {
				findings = StoredFindings.findings(EstateSession.store(), latest.id());
				run = "audit run " + latest.id() + " as of " + latest.asOf();
			}
		} catch (RuntimeException e) {
			run = "findings cannot be read: " + e.getMessage();
		}
		findingsByRule.setData("Findings by rule (" + run + ")", StoredFindings.byRule(findings));
		findingsPerDay.setData("Findings per day of their last transaction (" + run + ")",
				StoredFindings.findingsPerDay(findings));
		Map<LocalDate, Long> events = new TreeMap<>();
		try {
			for (AuditEvent e : EstateSession.lifecycle().auditTrail(null)) {
				events.merge(e.time().atZone(ZoneId.systemDefault()).toLocalDate(), 1L, Long::sum);
			}
		} catch (RuntimeException e) {
			// no lifecycle here: no trend
		}
		eventsPerDay.setData("Lifecycle events per day (state changes, case steps, approvals)", events);
		layout();
	}

	private void layout() {
		int width = scroller.getClientArea().width;
		body.layout(true, true);
		scroller.setMinSize(body.computeSize(width, SWT.DEFAULT));
	}

	/** Chart data shown now, by chart title (tests). */
	public Map<String, Map<String, Long>> charts() {
		return Map.of("state", byState.data(), "vendor", byVendor.data(), "model", byModel.data(), "rule",
				findingsByRule.data());
	}

	/** Trend data shown now: "findings" and "events" per day (tests). */
	public Map<String, Map<LocalDate, Long>> trends() {
		return Map.of("findings", findingsPerDay.data(), "events", eventsPerDay.data());
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
