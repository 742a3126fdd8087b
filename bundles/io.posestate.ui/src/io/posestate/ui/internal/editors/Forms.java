package io.posestate.ui.internal.editors;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** Small building blocks of the editors' two-column forms. */
final class Forms {
	private Forms() {
	}

	/** A two-column form that scrolls when the editor is smaller than its content. */
	static Composite scrolledForm(Composite parent) {
		ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite form = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).applyTo(form);
		scroller.setContent(form);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.addListener(SWT.Resize,
				e -> scroller.setMinSize(form.computeSize(scroller.getClientArea().width, SWT.DEFAULT)));
		return form;
	}

	/** Offers one object to the Properties view while the editor is active. */
	static ISelectionProvider fixedSelection(Object object) {
		return new ISelectionProvider() {
			@Override
			public ISelection getSelection() {
				return new StructuredSelection(object);
			}

			@Override
			public void setSelection(ISelection selection) {
				// fixed
			}

			@Override
			public void addSelectionChangedListener(ISelectionChangedListener listener) {
				// never changes
			}

			@Override
			public void removeSelectionChangedListener(ISelectionChangedListener listener) {
				// never changes
			}
		};
	}

	static Label label(Composite form, String text) {
		Label l = new Label(form, SWT.NONE);
		l.setText(text);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(l);
		return l;
	}

	/** A read-only field: the store has no update for it (state changes go through the lifecycle). */
	static Text readOnly(Composite form, String label, String value) {
		label(form, label);
		Text t = new Text(form, SWT.BORDER | SWT.READ_ONLY);
		t.setText(value == null ? "" : value);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
		return t;
	}

	/** The message line at the top of an editor: validation problems in red, or a plain status. */
	static CLabel messageLine(Composite form, int span) {
		CLabel line = new CLabel(form, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(line);
		return line;
	}

	static void showMessages(CLabel line, List<String> problems, String okText) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		if (problems.isEmpty()) {
			line.setImage(images.getImage(ISharedImages.IMG_OBJS_INFO_TSK));
			line.setForeground(null);
			line.setText(okText);
		} else {
			line.setImage(images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
			line.setForeground(line.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			line.setText(String.join("\n", problems));
		}
		line.getParent().layout(true, true);
	}
}
