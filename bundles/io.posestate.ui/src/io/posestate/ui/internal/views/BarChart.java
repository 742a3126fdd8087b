package io.posestate.ui.internal.views;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** A horizontal bar chart (JFreeChart): one bar per key in the order given, each labelled with its count. */
final class BarChart extends ChartCanvas {
	private static final int ROW = 22;
	private static final int FRAME = 70;

	private Map<String, Long> data = Map.of();

	BarChart(Composite parent) {
		super(parent);
	}

	void setData(String title, Map<String, Long> newData) {
		data = new LinkedHashMap<>(newData);
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		data.forEach((key, count) -> dataset.addValue(count, "count", key.isEmpty() ? "(none)" : key));
		JFreeChart chart = ChartFactory.createBarChart(title, null, null, dataset, PlotOrientation.HORIZONTAL, false,
				false, false);
		setChart(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, new Color(52, 101, 164));
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
				java.text.NumberFormat.getIntegerInstance()));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setMaximumBarWidth(0.8);
		plot.getRangeAxis().setUpperMargin(0.25);
	}

	Map<String, Long> data() {
		return data;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 300 : wHint,
				hHint == SWT.DEFAULT ? FRAME + Math.max(1, data.size()) * ROW : hHint);
	}
}
