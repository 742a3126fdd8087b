package io.posestate.ui.internal.editors;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** An estate object named by its key (serial number, merchant number): one editor per object. */
abstract class KeyEditorInput implements IEditorInput {
	private final String key;

	KeyEditorInput(String key) {
		this.key = Objects.requireNonNull(key, "key");
	}

	public String key() {
		return key;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return key;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o != null && o.getClass() == getClass() && ((KeyEditorInput) o).key.equals(key);
	}

	@Override
	public int hashCode() {
		return Objects.hash(getClass(), key);
	}
}
