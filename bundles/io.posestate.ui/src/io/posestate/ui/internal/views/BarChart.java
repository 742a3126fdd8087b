package io.posestate.ui.internal.views;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** A horizontal bar chart drawn with SWT: one bar per key, longest first as given, with its count. */
final class BarChart extends Canvas {
	private static final int ROW = 20;
	private static final int GAP = 4;
	private static final RGB[] PALETTE = { new RGB(52, 101, 164), new RGB(78, 154, 6), new RGB(245, 121, 0),
		new RGB(117, 80, 123), new RGB(204, 0, 0), new RGB(193, 125, 17), new RGB(6, 152, 154), new RGB(85, 87, 83) };

	private String title = "";
	private Map<String, Long> data = Map.of();

	BarChart(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		addPaintListener(e -> paint(e.gc));
	}

	void setData(String newTitle, Map<String, Long> newData) {
		title = newTitle;
		data = new LinkedHashMap<>(newData);
		redraw();
	}

	Map<String, Long> data() {
		return data;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		int h = ROW + GAP + data.size() * (ROW + GAP) + GAP;
		return new Point(wHint == SWT.DEFAULT ? 300 : wHint, hHint == SWT.DEFAULT ? h : hHint);
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		gc.setFont(getFont());
		gc.drawString(title, GAP, GAP, true);
		long max = data.values().stream().mapToLong(Long::longValue).max().orElse(1);
		int labelWidth = data.keySet().stream().mapToInt(k -> gc.textExtent(label(k)).x).max().orElse(0) + 2 * GAP;
		int countWidth = gc.textExtent("0,000,000").x + GAP;
		int barSpace = Math.max(10, area.width - labelWidth - countWidth - 2 * GAP);
		int y = ROW + GAP;
		int i = 0;
		for (Map.Entry<String, Long> e : data.entrySet()) {
			gc.drawString(label(e.getKey()), GAP, y + 2, true);
			int w = (int) Math.max(1, barSpace * e.getValue() / Math.max(1, max));
			Color color = new Color(PALETTE[i++ % PALETTE.length]);
			gc.setBackground(color);
			gc.fillRectangle(labelWidth, y, w, ROW - 2);
			gc.drawString(String.format("%,d", e.getValue()), labelWidth + w + GAP, y + 2, true);
			y += ROW + GAP;
		}
	}

	private static String label(String key) {
		return key.isEmpty() ? "(none)" : key;
	}
}
