/**
 * Service provider interface of the lifecycle: how it reaches merchants. A bundle that sends messages (e.g. the
 * SMPP bridge io.posestate.lifecycle.notify) registers a {@link io.posestate.lifecycle.spi.MerchantMessenger}
 * service; without one, the lifecycle records each message in the store (status RECORDED, never "sent").
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package io.posestate.lifecycle.spi;
