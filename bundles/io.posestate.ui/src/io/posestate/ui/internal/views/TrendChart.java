package io.posestate.ui.internal.views;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A count per day drawn with SWT as columns over a continuous date axis (days without events show as gaps), with
 * the first and last day and the highest count labelled.
 */
final class TrendChart extends Canvas {
	private static final int HEIGHT = 140;
	private static final int MARGIN = 6;
	private static final RGB COLUMN = new RGB(52, 101, 164);

	private String title = "";
	private TreeMap<LocalDate, Long> data = new TreeMap<>();

	TrendChart(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		addPaintListener(e -> paint(e.gc));
	}

	void setData(String newTitle, Map<LocalDate, Long> perDay) {
		title = newTitle;
		data = new TreeMap<>(perDay);
		redraw();
	}

	Map<LocalDate, Long> data() {
		return data;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 300 : wHint, hHint == SWT.DEFAULT ? HEIGHT : hHint);
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		gc.setFont(getFont());
		gc.drawString(title, MARGIN, MARGIN, true);
		int lineHeight = gc.getFontMetrics().getHeight();
		if (data.isEmpty()) {
			gc.drawString("(nothing yet)", MARGIN, MARGIN + lineHeight + MARGIN, true);
			return;
		}
		LocalDate first = data.firstKey();
		long days = ChronoUnit.DAYS.between(first, data.lastKey()) + 1;
		long max = data.values().stream().mapToLong(Long::longValue).max().orElse(1);
		int top = MARGIN + lineHeight + MARGIN + lineHeight;
		int bottom = area.height - MARGIN - lineHeight - MARGIN;
		int left = MARGIN + gc.textExtent(String.format("%,d", max)).x + MARGIN;
		int width = Math.max(10, area.width - left - MARGIN);
		double step = (double) width / days;
		gc.drawLine(left, bottom, left + width, bottom);
		gc.drawString(String.format("%,d", max), MARGIN, top - lineHeight / 2, true);
		Color color = new Color(COLUMN);
		gc.setBackground(color);
		for (Map.Entry<LocalDate, Long> e : data.entrySet()) {
			long day = ChronoUnit.DAYS.between(first, e.getKey());
			int h = (int) Math.max(1, (bottom - top) * e.getValue() / Math.max(1, max));
			int x = left + (int) (day * step);
			gc.fillRectangle(x, bottom - h, Math.max(1, (int) step - 1), h);
		}
		gc.drawString(first.toString(), left, bottom + MARGIN / 2, true);
		String last = data.lastKey().toString();
		gc.drawString(last, left + width - gc.textExtent(last).x, bottom + MARGIN / 2, true);
	}
}
