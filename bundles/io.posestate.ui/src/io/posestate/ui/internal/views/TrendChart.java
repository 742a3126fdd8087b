package io.posestate.ui.internal.views;

import java.awt.Color;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** A count per day over a date axis (JFreeChart bars; days without any show as gaps). */
final class TrendChart extends ChartCanvas {
	private static final int HEIGHT = 200;

	private Map<LocalDate, Long> data = new TreeMap<>();

	TrendChart(Composite parent) {
		super(parent);
	}

	void setData(String title, Map<LocalDate, Long> perDay) {
		data = new TreeMap<>(perDay);
		TimeSeries series = new TimeSeries("per day");
		data.forEach((day, count) -> series.add(new Day(day.getDayOfMonth(), day.getMonthValue(), day.getYear()), count));
		JFreeChart chart = ChartFactory.createXYBarChart(title, null, true, null, new TimeSeriesCollection(series),
				org.jfree.chart.plot.PlotOrientation.VERTICAL, false, false, false);
		setChart(chart);
		chart.getXYPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
		XYBarRenderer renderer = (XYBarRenderer) chart.getXYPlot().getRenderer();
		renderer.setBarPainter(new StandardXYBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, new Color(52, 101, 164));
		if (data.isEmpty()) {
			chart.getXYPlot().setNoDataMessage("(nothing yet)");
		}
	}

	Map<LocalDate, Long> data() {
		return data;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 300 : wHint, hHint == SWT.DEFAULT ? HEIGHT : hHint);
	}
}
