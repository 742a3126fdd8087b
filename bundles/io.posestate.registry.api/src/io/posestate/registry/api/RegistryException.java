package io.posestate.registry.api;

/** A registry operation failed (database unreachable, concurrent change, unknown terminal...). */
public class RegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RegistryException(String message) {
        super(message);
    }

    public RegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
