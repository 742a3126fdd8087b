package io.posestate.ui.internal.emf;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;

/** Adapts estate objects to the Properties view (declared in plugin.xml). */
public final class PropertySourceAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IPropertySource.class) {
			return null;
		}
		IItemPropertySource source = EstateItems.propertySource(adaptable);
		return source == null ? null : adapterType.cast(new ItemPropertySource(adaptable, source));
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
