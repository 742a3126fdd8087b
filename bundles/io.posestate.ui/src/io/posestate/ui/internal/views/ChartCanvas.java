package io.posestate.ui.internal.views;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;

/**
 * Shows a JFreeChart in SWT: the chart is drawn with Java2D into an image of the canvas's size (headless AWT, no
 * AWT window) and that image is painted; it is redrawn when the chart or the size changes.
 */
abstract class ChartCanvas extends Canvas {
	static {
		// Java2D drawing only: no AWT toolkit window next to SWT's
		System.setProperty("java.awt.headless", "true");
	}

	private JFreeChart chart;
	private Image image;
	private Rectangle imageSize;

	ChartCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addPaintListener(e -> {
			Rectangle area = getClientArea();
			if (chart == null || area.width <= 0 || area.height <= 0) {
				return;
			}
			if (image == null || !area.equals(imageSize)) {
				disposeImage();
				image = new Image(getDisplay(), toImageData(chart.createBufferedImage(area.width, area.height)));
				imageSize = area;
			}
			e.gc.drawImage(image, 0, 0);
		});
		addListener(SWT.Dispose, e -> disposeImage());
	}

	/** Shows another chart (styled like the workbench: its font, a plain background). */
	final void setChart(JFreeChart newChart) {
		chart = newChart;
		StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
		Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
		theme.setExtraLargeFont(font.deriveFont(Font.BOLD, 13f));
		theme.setLargeFont(font.deriveFont(Font.BOLD));
		theme.setRegularFont(font);
		theme.setSmallFont(font.deriveFont(11f));
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.apply(chart);
		disposeImage();
		redraw();
	}

	final JFreeChart chart() {
		return chart;
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}

	/** A Java2D image as SWT image data (24-bit RGB). */
	static ImageData toImageData(BufferedImage awt) {
		int w = awt.getWidth();
		int h = awt.getHeight();
		ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[w];
		for (int y = 0; y < h; y++) {
			awt.getRGB(0, y, w, 1, row, 0, w);
			for (int x = 0; x < w; x++) {
				row[x] &= 0xFFFFFF;
			}
			data.setPixels(0, y, w, row, 0);
		}
		return data;
	}
}
