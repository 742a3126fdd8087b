package io.posestate.lifecycle;

/**
 * Someone else changed the case since it was read (optimistic locking): reload it and apply the change again.
 * Nothing of the refused change was stored.
 */
public class ConflictException extends LifecycleException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
