package io.posestate.registry.api;

/**
 * An acquirer as the merchants name it.
 *
 * @param code      acquirer code
 * @param name      its name from the licensed acquirers, or null when it is not among them
 * @param merchants how many merchants name it
 */
public record AcquirerCount(String code, String name, long merchants) {
}
