package io.posestate.notify;

/** Opens SMS channels: implemented by channel bundles (a DS service, e.g. SMPP), used by whoever sends. */
@org.osgi.annotation.versioning.ConsumerType
public interface SmsChannelFactory {
	/** The protocol it speaks, e.g. "smpp". */
	String protocol();

	/** A channel to that SMSC; it binds lazily on the first submit (or right away when {@code connectNow}). */
	SmsChannel open(SmscSettings settings, boolean connectNow) throws ChannelException;
}
