/**
 * Service provider interface: where notifications are kept until sent. The notify bundle ships an H2 file
 * implementation; the estate store can provide its own.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package io.posestate.notify.spi;
