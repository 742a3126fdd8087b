/**
 * Merchant notifications: messages built from fixed templates (one-time code, stop-use alert, maintenance
 * reminder), sent through an {@link io.posestate.notify.SmsChannel} via a persistent outbox, with delivery
 * receipts and verifiable reference codes.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package io.posestate.notify;
