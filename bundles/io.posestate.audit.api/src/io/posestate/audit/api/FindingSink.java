package io.posestate.audit.api;

/** Where a rule run delivers its findings. */
@org.osgi.annotation.versioning.ProviderType
@FunctionalInterface
public interface FindingSink {

    void add(Finding finding);
}
