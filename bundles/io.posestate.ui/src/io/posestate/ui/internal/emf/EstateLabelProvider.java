package io.posestate.ui.internal.emf;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Labels and icons of estate objects from their item providers. */
public class EstateLabelProvider extends LabelProvider {

	@Override
	public String getText(Object element) {
		return EstateItems.text(element);
	}

	@Override
	public Image getImage(Object element) {
		return EstateItems.image(element);
	}
}
