package io.posestate.lifecycle;

/** A lifecycle request was refused (forbidden transition, missing evidence, role...) or failed; nothing changed. */
public class LifecycleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LifecycleException(String message) {
        super(message);
    }

    public LifecycleException(String message, Throwable cause) {
        super(message, cause);
    }
}
