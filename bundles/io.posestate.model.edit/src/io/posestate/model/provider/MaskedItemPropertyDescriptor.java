package io.posestate.model.provider;

import java.util.function.UnaryOperator;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;

/**
 * A property descriptor that shows a masked value (phone, account number) while editing still works on the real
 * value: only the label provider masks.
 */
public class MaskedItemPropertyDescriptor extends ItemPropertyDescriptor {

    private final UnaryOperator<String> mask;

    public MaskedItemPropertyDescriptor(UnaryOperator<String> mask, AdapterFactory adapterFactory,
            ResourceLocator resourceLocator, String displayName, String description, EStructuralFeature feature,
            boolean isSettable, boolean multiLine, boolean sortChoices, Object staticImage, String category,
            String[] filterFlags) {
        super(adapterFactory, resourceLocator, displayName, description, feature, isSettable, multiLine, sortChoices,
                staticImage, category, filterFlags);
        this.mask = mask;
    }

    @Override
    public IItemLabelProvider getLabelProvider(Object object) {
        IItemLabelProvider labels = super.getLabelProvider(object);
        return new IItemLabelProvider() {
            @Override
            public String getText(Object value) {
                return value instanceof String text ? mask.apply(text) : labels.getText(value);
            }

            @Override
            public Object getImage(Object value) {
                return labels.getImage(value);
            }
        };
    }
}
