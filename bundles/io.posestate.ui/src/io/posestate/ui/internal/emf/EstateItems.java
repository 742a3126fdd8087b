package io.posestate.ui.internal.emf;

import java.net.URL;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Image;

import io.posestate.model.provider.EstateItemProviderAdapterFactory;

/**
 * The estate's EMF.Edit item providers (labels, icons, property descriptors) for JFace viewers. EMF's own UI
 * bridge (org.eclipse.emf.edit.ui) is not published on Maven Central, so this is the small part of it we use.
 */
public final class EstateItems {
	private static final ComposedAdapterFactory FACTORY = new ComposedAdapterFactory(
			ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

	static {
		FACTORY.addAdapterFactory(new EstateItemProviderAdapterFactory());
		FACTORY.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
	}

	private EstateItems() {
	}

	/** The item provider's label (phone numbers masked), or {@code String.valueOf} for other objects. */
	public static String text(Object object) {
		IItemLabelProvider labels = (IItemLabelProvider) FACTORY.adapt(object, IItemLabelProvider.class);
		return labels != null ? labels.getText(object) : String.valueOf(object);
	}

	/** The item provider's icon, shared through the JFace resource registry; null when it has none. */
	public static Image image(Object object) {
		IItemLabelProvider labels = (IItemLabelProvider) FACTORY.adapt(object, IItemLabelProvider.class);
		Object image = labels == null ? null : labels.getImage(object);
		return image instanceof URL url ? JFaceResources.getResources().create(ImageDescriptor.createFromURL(url))
				: null;
	}

	static IItemPropertySource propertySource(Object object) {
		return (IItemPropertySource) FACTORY.adapt(object, IItemPropertySource.class);
	}
}
