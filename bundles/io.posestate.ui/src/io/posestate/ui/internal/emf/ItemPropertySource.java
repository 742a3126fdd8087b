package io.posestate.ui.internal.emf;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import io.posestate.model.provider.MaskedItemPropertyDescriptor;
import io.posestate.ui.internal.UiMasking;

/**
 * Shows an object's EMF.Edit property descriptors in the Properties view, read-only: values are formatted by
 * the descriptors' label providers (which mask phone and account numbers unless the user's role may see them). Editing happens in the editors.
 */
final class ItemPropertySource implements IPropertySource {
	private final Object object;
	private final List<IItemPropertyDescriptor> descriptors;

	ItemPropertySource(Object object, IItemPropertySource source) {
		this.object = object;
		this.descriptors = source.getPropertyDescriptors(object);
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return descriptors.stream().map(this::toJFace).toArray(IPropertyDescriptor[]::new);
	}

	private IPropertyDescriptor toJFace(IItemPropertyDescriptor d) {
		PropertyDescriptor p = new PropertyDescriptor(d.getId(object), d.getDisplayName(object));
		p.setCategory(d.getCategory(object));
		p.setDescription(d.getDescription(object));
		IItemLabelProvider labels = d.getLabelProvider(object);
		boolean clear = d instanceof MaskedItemPropertyDescriptor && UiMasking.clear();
		p.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object value) {
				if (value == null) {
					return "";
				}
				return clear && value instanceof String s ? s : labels.getText(value);
			}
		});
		return p;
	}

	@Override
	public Object getPropertyValue(Object id) {
		for (IItemPropertyDescriptor d : descriptors) {
			if (d.getId(object).equals(id)) {
				Object value = d.getPropertyValue(object);
				return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
			}
		}
		return null;
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only: changes go through the editors, which validate and save to the registry
	}
}
